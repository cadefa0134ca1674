import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { nb as coverageText } from "../../src/app/coverage/i18n/nb.ts";
import { MUNICIPALITY_COUNT } from "../fixtures/register.ts";
import { waitForServiceWorker } from "./helpers.ts";

/** The coverage states' names as the map's labels spell them in bokmål. */
const COVERAGE_STATE_LABELS = Object.entries(coverageText)
  .filter(([key]) => key.startsWith("covState_"))
  .map(([, text]) => text);

type Service = {
  id: string;
  type: string;
  status: string;
  statutory?: boolean;
  supersededBy?: string;
  area: { national?: boolean; municipalities: string[] };
};
type Dataset = { municipalities: { number: string; nameNorwegian: string }[]; services: Service[] };

/** The dataset as the app downloads it: manifest first, then the file it names. */
async function loadDataset(request: APIRequestContext): Promise<Dataset> {
  const manifest = (await (await request.get("/data/manifest.json")).json()) as { dataset: { url: string } };
  return (await (await request.get(`/${manifest.dataset.url}`)).json()) as Dataset;
}

/** Municipalities with a confirmed offer of one type: a current, active, non-statutory record serves them. */
function confirmedFor(dataset: Dataset, type: string): Set<string> {
  const confirmed = new Set<string>();
  for (const s of dataset.services) {
    if (s.type !== type || s.status !== "active" || s.supersededBy || s.statutory) continue;
    for (const m of s.area.national ? dataset.municipalities.map((x) => x.number) : s.area.municipalities) {
      confirmed.add(m);
    }
  }
  return confirmed;
}

async function openCoverage(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator("#coverage-title, #report-title").first()).toBeVisible();
}

const polygons = (page: Page) => page.locator("path[data-municipality]");

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the map draws every municipality in the register without any tile requests", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) foreign.push(request.url());
  });
  await openCoverage(page, "#/dekning/kart?tilbud=rph");
  await expect(polygons(page)).toHaveCount(MUNICIPALITY_COUNT);
  await expect(page.locator(".legend")).toContainText("Bekreftet tilbud");
  expect(foreign).toEqual([]);
});

test("the map is keyboard operable: Tab reaches a municipality, arrows move, Enter opens it", async ({
  page,
  request,
}) => {
  const names = new Map((await loadDataset(request)).municipalities.map((m) => [m.number, m.nameNorwegian]));
  await openCoverage(page, "#/dekning/kart");
  await expect(polygons(page)).toHaveCount(MUNICIPALITY_COUNT);
  await page.locator("#coverage-choice").focus();
  let focused: string | null = null;
  for (let i = 0; i < 10 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("data-municipality") ?? null);
  }
  expect(focused).not.toBeNull();
  const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
  // The label names the focused municipality and its coverage state in words, not a number or a colour.
  const [name, state] = (label ?? "").split(": ");
  expect(name).toBe(names.get(focused ?? ""));
  expect(COVERAGE_STATE_LABELS).toContain(state?.replace(/ \(.*\)$/, ""));
  await page.keyboard.press("ArrowRight");
  const next = await page.evaluate(() => document.activeElement?.getAttribute("data-municipality"));
  expect(next).not.toBe(focused);
  const nextLabel = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  await expect(page.getByRole("tooltip")).toHaveText(nextLabel);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#/kommune/${next}$`));
  await expect(page.locator("#municipality-name")).toBeVisible();
});

test("choosing another offer group recolours the map", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const rph = confirmedFor(dataset, "rph");
  const student = confirmedFor(dataset, "student");
  const target = [...rph].find((m) => !student.has(m));
  expect(target).toBeDefined();
  await openCoverage(page, "#/dekning/kart?tilbud=rph");
  const path = page.locator(`path[data-municipality="${target}"]`);
  await expect(path).toHaveAttribute("aria-label", /Bekreftet tilbud/);
  const before = await path.getAttribute("fill");
  await page.locator("#coverage-choice").selectOption("student");
  await expect(page).toHaveURL(/tilbud=student/);
  await expect(path).not.toHaveAttribute("fill", before ?? "");
  await expect(path).not.toHaveAttribute("aria-label", /Bekreftet tilbud/);
  await expect(polygons(page)).toHaveCount(MUNICIPALITY_COUNT);
});

test("the dashboard's national RPH count equals the count computed from the dataset", async ({ page, request }) => {
  const expected = confirmedFor(await loadDataset(request), "rph").size;
  await openCoverage(page, "#/dekning");
  const figure = page.locator('[data-figure="confirmed-rph"]');
  await expect(figure).toHaveText(String(expected));
  // The figure is traceable: it opens the table filtered to exactly those municipalities.
  await figure.click();
  await expect(page).toHaveURL(/#\/dekning\/tabell\?tilbud=rph&tilstand=confirmed/);
  await expect(page.locator("#coverage-table tbody tr")).toHaveCount(expected);
});

test("unknown and reported absent are listed apart in the gaps", async ({ page }) => {
  await openCoverage(page, "#/dekning?tilbud=rph");
  await expect(page.locator(".gaps summary")).toContainText([
    /Finnes ikke ifølge kilde: \d+/,
    /Nedlagt: \d+/,
    /Bare lovplikten kjent: \d+/,
    /Ukjent – ingen kilde funnet: \d+/,
  ]);
});

test("the table sorts with aria-sort and filters by county, state and name", async ({ page }) => {
  await openCoverage(page, "#/dekning/tabell");
  const rows = page.locator("#coverage-table tbody tr");
  await expect(rows).toHaveCount(MUNICIPALITY_COUNT);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText("Kommune");
  await page.locator('button[data-sort="population"]').click();
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText("Innbyggere");
  await page.locator('button[data-sort="population"]').click();
  await expect(page.locator('th[aria-sort="descending"]')).toContainText("Innbyggere");
  await expect(rows.first().locator("th")).toHaveText("Oslo");
  await page.locator("#filter-county").selectOption("55");
  await page.locator("#filter-name").fill("tromso");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("th")).toHaveText("Tromsø");
  await expect(page).toHaveURL(/fylke=55/);
  await expect(rows.first().locator('a[href="#/kommune/5501"]')).toBeVisible();
  await expect(rows.first().locator('a[href^="#/dekning/rapport/5501"]')).toBeVisible();
});

test("the CSV download has a header and one row per municipality", async ({ page }) => {
  await openCoverage(page, "#/dekning");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-export="csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\ufeff/, "");
  const lines = text.split("\r\n").filter((line) => line.length > 0);
  expect(lines[0]).toMatch(/^municipality_number,municipality,county,population,rph_state,rph_verified/);
  expect(lines).toHaveLength(358);
  expect(new Set(lines.slice(1).map((line) => line.slice(0, 4))).size).toBe(MUNICIPALITY_COUNT);
});

test("the GeoJSON download has one feature per municipality", async ({ page }) => {
  await openCoverage(page, "#/dekning");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('[data-export="geojson"]').click(),
  ]);
  const geo = JSON.parse(await readFile((await download.path())!, "utf8")) as { features: unknown[] };
  expect(geo.features).toHaveLength(MUNICIPALITY_COUNT);
});

test("the report card prints on one A4 page and its button calls window.print", async ({ page }) => {
  // Oslo has the most records and neighbours of any municipality: the hardest card to fit.
  await openCoverage(page, "#/dekning/rapport/0301");
  await expect(page.locator("#report-title")).toHaveText("Dekning i Oslo");
  await expect(page.getByRole("link", { name: /\+ \d+ til – se kommunesiden/ }).first()).toBeVisible();
  await expect(page.locator(".report__neighbours tbody tr").first()).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Skriv ut" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".header")).toBeHidden();
  await expect(page.locator(".crisis")).toBeHidden();
  await expect(page.locator(".report__actions")).toBeHidden();
  await expect(page.locator("#report-title")).toBeVisible();
  const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBe(1);
});

test("the report card lists neighbours from the shared borders", async ({ page }) => {
  await openCoverage(page, "#/dekning/rapport/5612");
  await expect(page.locator(".report__table tbody tr")).toHaveCount(6);
  await expect(page.locator(".report__neighbours")).toContainText("Karasjok");
});

test("without geometry the report card still shows coverage and says why neighbours are missing", async ({ page }) => {
  await openCoverage(page, "#/dekning");
  // Drop the stored boundaries and block the network copy: the memory-mode fallback cannot help either.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("hjelpekart");
        open.onsuccess = () => {
          const tx = open.result.transaction("geometry", "readwrite");
          tx.objectStore("geometry").clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.route("**/data/geometry-*.json", (route) => route.abort());
  await page.goto("/#/dekning/rapport/5501");
  await page.reload();
  await expect(page.locator("#report-title")).toHaveText("Dekning i Tromsø");
  await expect(page.locator(".report__table tbody tr")).toHaveCount(6);
  await expect(page.getByText("Nabokommunene kan ikke vises")).toBeVisible();
  await page.goto("/#/dekning/kart");
  await expect(page.getByRole("alert")).toContainText("Tabellen viser det samme");
});

test("everything works offline after a first visit", async ({ page, context }) => {
  await openCoverage(page, "#/dekning");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#coverage-title")).toBeVisible();
  await expect(page.locator('[data-figure="confirmed-rph"]')).toBeVisible();
  await page.locator(".coverage__tab", { hasText: "Kart" }).click();
  await expect(polygons(page)).toHaveCount(MUNICIPALITY_COUNT);
  await page.locator(".coverage__tab", { hasText: "Tabell" }).click();
  await expect(page.locator("#coverage-table tbody tr")).toHaveCount(MUNICIPALITY_COUNT);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-export="csv"]').click()]);
  expect((await readFile((await download.path())!, "utf8")).split("\r\n").filter(Boolean)).toHaveLength(358);
  await page.goto("/#/dekning/rapport/0301");
  await expect(page.locator("#report-title")).toHaveText("Dekning i Oslo");
  await expect(page.locator(".report__neighbours")).toBeVisible();
});

for (const [name, hash] of [
  ["dashboard", "#/dekning"],
  // All rows share one template; axe needs minutes on the full table, so it scans one county's rows.
  ["table", "#/dekning/tabell?fylke=55"],
  ["map", "#/dekning/kart"],
  ["report card", "#/dekning/rapport/5501"],
] as const) {
  test(`axe: the ${name} has no WCAG 2.1 AA violations`, async ({ page }) => {
    test.setTimeout(90_000);
    await openCoverage(page, hash);
    if (name === "map") await expect(polygons(page)).toHaveCount(MUNICIPALITY_COUNT);
    if (name === "report card") await expect(page.locator(".report__neighbours")).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test("measure: map chunk and polygons drawn with 4× CPU throttling", async ({ page }, testInfo) => {
  await openCoverage(page, "#/dekning");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.locator(".coverage__tab", { hasText: "Kart" }).click();
  await expect(polygons(page)).toHaveCount(MUNICIPALITY_COUNT, { timeout: 20_000 });
  const ms = await page.evaluate(() => {
    const open = performance.getEntriesByName("map-open").at(-1);
    const drawn = performance.getEntriesByName("map-drawn").at(-1);
    return open && drawn ? drawn.startTime - open.startTime : undefined;
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  // The view sets both marks; a missing mark means the figure below would be a guess.
  expect(typeof ms).toBe("number");
  expect(ms).toBeGreaterThan(0);
  // The target is 1.5 s (docs/performance.md); this machine is shared, so the test fails only at four times that.
  expect(ms).toBeLessThan(6_000);
  testInfo.annotations.push({ type: "map-open→map-drawn (4× CPU)", description: `${ms!.toFixed(0)} ms` });
  console.log(`map-open → map-drawn with 4× CPU throttling: ${ms!.toFixed(0)} ms`);
});
