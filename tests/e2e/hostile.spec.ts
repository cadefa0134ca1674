/** Hostile input: markup and script in the data or the URL stay text, only safe link schemes, a CSP nothing breaks. */
import { expect, type Page, test } from "@playwright/test";
import fc from "fast-check";
import { builtData, cspViolations, serveVersion, VIEW_HASHES, waitForStored, watchForErrors } from "./fault-helpers.ts";

test.use({ serviceWorkers: "block" });

const MARKUP = [
  "<img src=x onerror=window.__pwned=1>",
  "<script>window.__pwned=2</script>",
  '"><svg onload=window.__pwned=3>',
] as const;
const SAFE_SCHEMES = ["https:", "tel:", "sms:", "mailto:"];

/** Hrefs on the page that are neither this app's own pages nor a safe scheme. */
function unsafeLinks(page: Page): Promise<string[]> {
  return page.evaluate((safe) => {
    const bad: string[] = [];
    for (const a of document.querySelectorAll("a[href]")) {
      const url = new URL(a.getAttribute("href") ?? "", location.href);
      const own = url.origin === location.origin && (url.protocol === "http:" || url.protocol === "https:");
      const ownBlob = url.protocol === "blob:" && url.href.startsWith(`blob:${location.origin}`);
      if (!own && !ownBlob && !safe.includes(url.protocol)) bad.push(a.getAttribute("href") ?? "");
    }
    return bad;
  }, SAFE_SCHEMES);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

test("markup in every text field of a (hash-valid) dataset is shown as text and never runs", async ({ page }) => {
  const errors = await watchForErrors(page);
  await serveVersion(page, {
    edit: (dataset) => {
      // Bodø's current RPH record: the one "start here" and the card show.
      const service = dataset.services.find(
        (s) => s.type === "rph" && s.area.municipalities.includes("1804") && !s.supersededBy,
      );
      if (!service) throw new Error("Bodø has no current RPH record to plant markup in");
      Object.assign(service, {
        name: `Rask psykisk helsehjelp ${MARKUP[0]}`,
        provider: MARKUP[1],
        audience: MARKUP[2],
        description: MARKUP[0],
        maintainerNote: MARKUP[1],
        openingHoursText: MARKUP[2],
        locations: [{ name: MARKUP[0], address: MARKUP[1], municipality: "1804" }],
        contacts: [...service.contacts, { kind: "web", url: "https://example.org/", label: MARKUP[2] }],
        source: { ...service.source, urls: ["http://example.org/<img src=x onerror=window.__pwned=4>"] },
      });
      const bodo = dataset.municipalities.find((m) => m.number === "1804");
      bodo?.names.push(MARKUP[2]);
    },
  });
  await page.goto("/#/kommune/1804");
  await expect(page.locator("h1")).toHaveText("Bodø");
  // The name is shown as text twice: in "start here" and on its card.
  await expect(page.locator(".start-here").getByText(`Rask psykisk helsehjelp ${MARKUP[0]}`)).toBeVisible();
  await expect(page.locator("article.service").getByText(`Rask psykisk helsehjelp ${MARKUP[0]}`)).toBeVisible();
  await expect(page.getByText(MARKUP[1]).first()).toBeVisible();
  await expect(page.getByText(MARKUP[2]).first()).toBeVisible();
  await expect(page.locator('img[src="x"], script:not([src]):not(#search-index-preload), svg[onload]')).toHaveCount(0);
  await page.goto("/#/");
  await page.locator("#search").fill("helsehjelp img");
  await page.waitForTimeout(300);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
  expect(await unsafeLinks(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a dataset with javascript: contact and source URLs is refused at arrival; the old one stays", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  const old = await waitForStored(page);
  await serveVersion(page, {
    edit: (dataset) => {
      // Bodø's current RPH record: the one "start here" and the card show.
      const service = dataset.services.find(
        (s) => s.type === "rph" && s.area.municipalities.includes("1804") && !s.supersededBy,
      );
      if (!service) throw new Error("Bodø has no current RPH record to plant markup in");
      service.contacts = [{ kind: "web", url: "javascript:alert(1)" }];
      service.source.urls = ["javascript:window.__pwned=5"];
    },
  });
  await page.reload();
  await expect(page.getByText("besto ikke kontrollen og ble ikke tatt i bruk")).toBeVisible();
  await page.goto("/#/kommune/1804");
  await expect(page.locator("h1")).toHaveText("Bodø");
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await waitForStored(page)).toBe(old);
  expect(await pwned(page)).toBeUndefined();
});

test("markup and script in the URL (hash and query) stay text and crash nothing", async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  const payload = encodeURIComponent(MARKUP[0]);
  for (const hash of [
    `#/kommune/${MARKUP[0]}`,
    `#/kommune/${payload}`,
    `#/?q=${payload}`,
    `#/dekning?sok=${payload}`,
    `#/dekning/tabell?sok=${payload}&fylke=${payload}&tilstand=${payload}&tilbud=${payload}`,
    `#/dekning/rapport/${payload}`,
    "#javascript:window.__pwned=6",
  ]) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await page.waitForTimeout(150);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await unsafeLinks(page)).toEqual([]);
  }
  expect(await pwned(page)).toBeUndefined();
  expect(errors).toEqual([]);
});

test("every link on every view and every municipality page is https:, tel:, sms:, mailto: or the app's own", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  const scanned: Record<string, number> = {};
  for (const hash of VIEW_HASHES) {
    await page.goto(`/${hash}`);
    await page.waitForLoadState("networkidle");
    expect(await unsafeLinks(page), hash).toEqual([]);
    scanned[hash] = await page.locator("a[href]").count();
  }
  await page.goto("/");
  await page.locator("#search").fill("Oslo");
  await expect(page.locator(".results a").first()).toBeVisible();
  expect(await unsafeLinks(page)).toEqual([]);
  // Every municipality page, in the page for speed: switch the hash, let Preact render, collect hrefs.
  const numbers = builtData().dataset.municipalities.map((m) => m.number);
  const result = await page.evaluate(async (list) => {
    const seen = new Set<string>();
    let rendered = 0;
    for (const number of list) {
      location.hash = `#/kommune/${number}`;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (document.querySelector("h1")) rendered += 1;
      for (const a of document.querySelectorAll("a[href]")) seen.add(a.getAttribute("href") ?? "");
    }
    return { rendered, hrefs: [...seen] };
  }, numbers);
  expect(result.rendered).toBe(numbers.length);
  const bad = result.hrefs.filter((href) => {
    const url = new URL(href, "http://own.invalid/");
    return url.origin !== "http://own.invalid" && !SAFE_SCHEMES.includes(url.protocol);
  });
  expect(bad).toEqual([]);
  expect(result.hrefs.some((href) => href.startsWith("https:"))).toBe(true);
  expect(result.hrefs.some((href) => href.startsWith("tel:"))).toBe(true);
  test.info().annotations.push({
    type: "scanned",
    description: `${result.hrefs.length} distinct hrefs on ${result.rendered} municipality pages; views: ${JSON.stringify(scanned)}`,
  });
});

test("no Content-Security-Policy violation or page error on any view", async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  for (const hash of VIEW_HASHES) {
    await page.goto(`/${hash}`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    expect(await cspViolations(page), hash).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test("fuzz: 50 generated search strings and 50 generated hashes cause no page error", async ({ page }) => {
  test.setTimeout(90_000);
  const errors = await watchForErrors(page);
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(...MARKUP, "%", "%E0%A4%A", "\\", "'", '"', "\u202e", "ÆØÅ".repeat(200)),
  );
  const strings = fc.sample(text, { numRuns: 50, seed: 7 });
  const hashes = fc.sample(
    fc.oneof(
      text.map((s) => `#${s}`),
      fc
        .tuple(fc.constantFrom("#/kommune/", "#/om", "#/dekning", "#/dekning/tabell?sok=", "#/dekning/rapport/"), text)
        .map(([prefix, rest]) => prefix + rest),
    ),
    { numRuns: 50, seed: 11 },
  );
  for (const value of strings) {
    // Strings with lone surrogates cannot be typed; fill sets them like a paste would.
    await page.locator("#search").fill(value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
  }
  for (const hash of hashes) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await page.waitForTimeout(20);
    if (!(await page.locator("#search").isVisible())) {
      await page.evaluate(() => {
        location.hash = "#/";
      });
    }
  }
  await page.waitForTimeout(300);
  await expect(page.locator(".crisis a[href='tel:113']")).toBeVisible();
  expect(errors).toEqual([]);
  expect(await pwned(page)).toBeUndefined();
});
