import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { openReady, searchFor, waitForServiceWorker } from "./helpers.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** Opens a page and waits for its view, including the print card (the shared helper does not know it). */
async function open(page: Page, path: string): Promise<void> {
  if (!path.includes("/utskrift")) return openReady(page, path);
  await page.goto(path);
  await expect(page.locator("#print-title")).toBeVisible();
}
const card = (page: Page, name: string) =>
  page.locator("article.service", { has: page.getByRole("heading", { name }) });
/** Opens the filters, which sit behind one "Filter (n)" control. */
async function showFilters(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: /^Filter \(\d+\)$/ });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}
/** Opens an offer group (its cards render only when open). */
async function openGroup(page: Page, name: string | RegExp): Promise<void> {
  const button = page.locator(".offer-group__toggle", { hasText: name });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}
const NATIONAL = "Hjelpetelefoner og chat – hele landet";
const OTHER_LOW_THRESHOLD = "Andre lavterskeltilbud";
const EXIT = "https://www.yr.no/";

test.describe("near me: Tromsø", () => {
  test.use({ geolocation: { latitude: 69.649, longitude: 18.955 }, permissions: ["geolocation"] });
  test("a position in Tromsø opens Tromsø, offline, and the page says the position stays on the device", async ({
    page,
    context,
  }) => {
    await openReady(page);
    await expect(page.getByText("Posisjonen brukes bare på denne enheten")).toBeVisible();
    // Offline: boundaries from IndexedDB, lookup code from the service worker's cache.
    await waitForServiceWorker(page);
    // The worker controls pages loaded after it activated (it does not claim open ones).
    await page.reload();
    await expect(page.locator("#search")).toBeEnabled();
    await context.setOffline(true);
    await page.getByRole("button", { name: "Bruk min posisjon" }).click();
    await expect(page).toHaveURL(/#\/kommune\/5501$/);
    await expect(page.locator("h1")).toHaveText("Tromsø");
    await context.setOffline(false);
  });
});

test.describe("near me: Sweden", () => {
  test.use({ geolocation: { latitude: 59.33, longitude: 18.07 }, permissions: ["geolocation"] });
  test("a position in Stockholm gets a clear message and the search as the way on", async ({ page }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Bruk min posisjon" }).click();
    await expect(page.getByText("Posisjonen ser ut til å være utenfor Norge")).toBeVisible();
    await expect(page).not.toHaveURL(/kommune/);
    await page.getByRole("button", { name: "Gå til søkefeltet" }).click();
    await expect(page.locator("#search")).toBeFocused();
  });
});

test.describe("near me: denied", () => {
  test.use({ permissions: [] });
  test("a denied permission is explained", async ({ page }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Bruk min posisjon" }).click();
    await expect(page.getByText("Du har ikke gitt tilgang til posisjonen")).toBeVisible();
  });
});

test.describe("filters", () => {
  test("age group: child hides adult-only RPH in Bærum, adult hides FACT Ung", async ({ page }) => {
    await openReady(page, "/#/kommune/3201");
    await expect(card(page, "Rask psykisk helsehjelp, Bærum kommune")).toBeVisible();
    await showFilters(page);
    await page.getByLabel("Alder").selectOption("barn");
    await expect(page).toHaveURL(/#\/kommune\/3201\?alder=barn$/);
    await expect(card(page, "Rask psykisk helsehjelp, Bærum kommune")).toHaveCount(0);
    await expect(card(page, "FACT Ung Bærum")).toBeVisible();
    await page.getByLabel("Alder").selectOption("voksen");
    await expect(card(page, "FACT Ung Bærum")).toHaveCount(0);
    await expect(card(page, "Rask psykisk helsehjelp, Bærum kommune")).toBeVisible();
  });

  test("topic: substance use keeps FACT/ACT Tromsø and hides Losen", async ({ page }) => {
    await openReady(page, "/#/kommune/5501");
    // Cards render only in open groups: show both first, so the hidden one is hidden by the filter.
    await openGroup(page, OTHER_LOW_THRESHOLD);
    await openGroup(page, "ACT- og FACT-team");
    await expect(card(page, "Losen og Psykhjelpen")).toBeVisible();
    await expect(card(page, "FACT/ACT-teamet, Tromsø")).toBeVisible();
    const count = page.locator(".filters__count");
    const before = await count.textContent();
    await showFilters(page);
    await page.getByLabel("Tema").selectOption("rus");
    await expect(card(page, "Losen og Psykhjelpen")).toHaveCount(0);
    await expect(card(page, "FACT/ACT-teamet, Tromsø")).toBeVisible();
    await expect(count).not.toHaveText(before ?? "");
    await expect(count).toHaveAttribute("role", "status");
  });

  test("offer type: student services only", async ({ page }) => {
    await openReady(page, "/#/kommune/5501");
    await openGroup(page, OTHER_LOW_THRESHOLD);
    await expect(card(page, "Losen og Psykhjelpen")).toBeVisible();
    await expect(page.getByRole("heading", { name: NATIONAL })).toBeVisible();
    await showFilters(page);
    await page.getByLabel("Type tilbud").selectOption("student");
    await expect(page).toHaveURL(/type=student/);
    await expect(page.getByRole("button", { name: "Filter (1)" })).toBeVisible();
    await openGroup(page, "Studentsamskipnad");
    await expect(card(page, "Norges arktiske studentsamskipnad (Samskipnaden)")).toBeVisible();
    await expect(card(page, "Losen og Psykhjelpen")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: NATIONAL })).toHaveCount(0);
    // The link carries the filter: opened again, the page is still filtered.
    await page.reload();
    await expect(page.getByRole("button", { name: "Filter (1)" })).toBeVisible();
    await expect(card(page, "Norges arktiske studentsamskipnad (Samskipnaden)")).toBeVisible();
  });

  test("no referral needed hides FACT Østensjø in Oslo", async ({ page }) => {
    await openReady(page, "/#/kommune/0301");
    await openGroup(page, "ACT- og FACT-team");
    await openGroup(page, NATIONAL);
    await expect(card(page, "FACT Østensjø (FACT Oslo Sør)")).toBeVisible();
    await showFilters(page);
    await page.getByLabel("Bare uten henvisning").check();
    await expect(page).toHaveURL(/uten-henvisning=1/);
    await expect(page.getByRole("button", { name: "Filter (1)" })).toBeVisible();
    await expect(card(page, "FACT Østensjø (FACT Oslo Sør)")).toHaveCount(0);
    await expect(card(page, "Kirkens SOS krisetelefon")).toBeVisible();
  });
});

test.describe("open now", () => {
  test("a Wednesday noon: LEVE is open until 15:00 and stays under the open-now filter", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-06-03T12:00:00+02:00"));
    await openReady(page, "/#/kommune/5501");
    await openGroup(page, NATIONAL);
    const leve = card(page, "LEVE – Landsforeningen for etterlatte ved selvmord");
    await expect(leve.locator(".service__open")).toHaveText("Åpen nå – stenger 15:00");
    await expect(leve).toContainText("Åpningstid: man.–fre. 09:00–15:00");
    await expect(card(page, "Kirkens SOS krisetelefon").locator(".service__open")).toHaveText("Åpen nå – hele døgnet");
    await expect(card(page, "Kors på halsen")).toBeVisible();
    await showFilters(page);
    await page.getByLabel("Bare åpent nå").check();
    await expect(leve).toBeVisible();
    // Hours unknown: not promised as open.
    await expect(card(page, "Kors på halsen")).toHaveCount(0);
  });

  test("17 May (a Sunday): LEVE is closed, opens Monday, and leaves the open-now list", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-05-17T12:00:00+02:00"));
    await openReady(page, "/#/kommune/5501?apen=1");
    await openGroup(page, NATIONAL);
    await expect(card(page, "Kirkens SOS krisetelefon")).toBeVisible();
    await expect(card(page, "LEVE – Landsforeningen for etterlatte ved selvmord")).toHaveCount(0);
    await showFilters(page);
    await page.getByLabel("Bare åpent nå").uncheck();
    await expect(card(page, "LEVE – Landsforeningen for etterlatte ved selvmord").locator(".service__open")).toHaveText(
      "Stengt – åpner mandag 09:00",
    );
  });

  test("English day names and times follow the UI language", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-05-17T12:00:00+02:00"));
    await page.addInitScript(() => localStorage.setItem("hjelpekart.language", "en"));
    await openReady(page, "/#/kommune/5501");
    await openGroup(page, "Helplines and chat");
    await expect(card(page, "LEVE – Landsforeningen for etterlatte ved selvmord").locator(".service__open")).toHaveText(
      "Closed – opens Monday 09:00",
    );
  });
});

test("print view: a one-page card with the crisis numbers, in print media", async ({ page }) => {
  await open(page, "/#/kommune/5501/utskrift?alder=ungdom");
  await expect(page.locator("h1")).toHaveText("Hjelpekort – Tromsø");
  await expect(page.getByText("Gjelder: Ungdom (13–25 år)")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const cardLocator = page.locator(".print-card");
  await expect(cardLocator).toContainText("113");
  await expect(cardLocator).toContainText("116 117");
  await expect(cardLocator).toContainText("116 123");
  await expect(cardLocator).toContainText("Data bygget");
  await expect(page.locator(".header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
});

test("share link round-trip: the copied URL opens the same municipality with the same filters", async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, "share", { value: undefined, configurable: true });
    Object.defineProperty(navigator, "clipboard", {
      value: {
        writeText: async (text: string) => {
          (window as unknown as { copied: string }).copied = text;
        },
      },
      configurable: true,
    });
  });
  await openReady(page, "/#/kommune/5501");
  await showFilters(page);
  await page.getByLabel("Alder").selectOption("ungdom");
  await page.getByLabel("Tema").selectOption("rus");
  await page.getByRole("button", { name: "Del lenke" }).click();
  await expect(page.getByText("Lenken er kopiert")).toBeVisible();
  const url = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(url).toMatch(/#\/kommune\/5501\?alder=ungdom&tema=rus$/);
  const other = await context.newPage();
  await openReady(other, url.replace(/^https?:\/\/[^/]+/, ""));
  await expect(other.locator("h1")).toHaveText("Tromsø");
  await expect(other.getByRole("button", { name: "Filter (2)" })).toBeVisible();
  await showFilters(other);
  await expect(other.getByLabel("Alder")).toHaveValue("ungdom");
  await expect(other.getByLabel("Tema")).toHaveValue("rus");

  await page.getByRole("button", { name: "Kopier kontakter" }).click();
  const text = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(text).toContain("Hjelp du kan få i Tromsø");
  expect(text).toContain("113 – Nødnummer helse");
});

test("saved municipality is listed on the front page, also offline after reload", async ({ page, context }) => {
  await openReady(page, "/#/kommune/5501");
  const save = page.getByRole("button", { name: "Lagre" });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await waitForServiceWorker(page);
  await page.goto("/#/");
  await expect(page.getByRole("region", { name: "Lagrede kommuner" }).getByRole("link")).toHaveText("Tromsø");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("region", { name: "Lagrede kommuner" }).getByRole("link")).toHaveText("Tromsø");
  await page.getByRole("link", { name: "Tromsø" }).click();
  await expect(page.locator("h1")).toHaveText("Tromsø");
  await context.setOffline(false);
});

test("a remembered nynorsk choice: the app waits for its text and never paints in bokmål first", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("hjelpekart.language", "nn"));
  // The nynorsk table arrives late, as on a slow connection; until then only the pre-rendered shell may show.
  let served = false;
  await page.route(/\/assets\/nn-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    served = true;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.locator("#search")).toBeVisible();
  // The footer is drawn by the app, not by the shell: it must not appear before the nynorsk text is there.
  await page.waitForTimeout(800);
  expect(served).toBe(false);
  await expect(page.locator("footer.footer")).toHaveCount(0);
  await expect(page.locator("footer.footer")).toBeVisible();
  await expect(page.locator(".skip-link")).toHaveText("Hopp til innhaldet");
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
});

test("language switch: nynorsk and English change the text and persist after reload", async ({ page }) => {
  await openReady(page, "/#/kommune/5501");
  await page.getByLabel("Språk").selectOption("nn");
  await expect(page.getByRole("button", { name: "Bruk posisjonen min" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Del lenkje" })).toBeVisible();
  await showFilters(page);
  await expect(page.getByText("Filtrer tilboda")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Del lenkje" })).toBeVisible();
  await page.getByLabel("Språk").selectOption("en");
  await expect(page.getByRole("button", { name: "Share link" })).toBeVisible();
  await showFilters(page);
  await expect(page.getByText("Filter the services")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Copy contacts" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("quick exit: ends on the neutral site, and back does not return to the municipality", async ({ page }) => {
  // The neutral destination is answered locally, so nothing leaves the machine.
  await page.route(`${EXIT}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Ny fane</title>" }),
  );
  await openReady(page);
  const results = await searchFor(page, "Tromsø");
  await results.first().click();
  await expect(page).toHaveURL(/#\/kommune\/5501$/);
  await page.getByRole("button", { name: "Rask utgang" }).click();
  await expect(page).toHaveURL(EXIT);
  await expect(page).toHaveTitle("Ny fane");
  await page.goBack();
  await expect(page).not.toHaveURL(/kommune\/5501/);
});

test("quick exit: Escape twice leaves too", async ({ page }) => {
  await page.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>x</title>" }));
  await openReady(page, "/#/kommune/5501");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(EXIT);
});

test("keyboard only: from the search field to a phone link", async ({ page }) => {
  await openReady(page);
  for (let i = 0; i < 30 && !(await page.locator("#search").evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.locator("#search")).toBeFocused();
  await page.keyboard.type("Tromsø");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/kommune\/5501$/);
  await expect(page.locator("h1")).toBeFocused();
  const onTel = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLAnchorElement && el.href.startsWith("tel:") && el.closest("main") !== null;
    });
  for (let i = 0; i < 200 && !(await onTel()); i++) await page.keyboard.press("Tab");
  expect(await onTel()).toBe(true);
  await expect(page.locator("main a[href^='tel:']:focus")).toBeVisible();
});

for (const language of ["nb", "nn", "en"] as const) {
  test(`axe: 0 WCAG 2.1 AA violations on front page, municipality page and print view (${language})`, async ({
    page,
  }) => {
    await openReady(page);
    await page.locator("header select").selectOption(language);
    for (const path of ["/#/", "/#/kommune/5501?alder=ungdom", "/#/kommune/5501/utskrift?alder=ungdom"]) {
      await page.goto(path);
      await expect(page.locator("#search, #municipality-name, #print-title").first()).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    }
  });
}

test("screenshots for review (phone 420 px and desktop)", async ({ page }, info) => {
  await page.clock.setFixedTime(new Date("2026-06-03T12:00:00+02:00"));
  const shots: [string, string][] = [
    ["front", "/#/"],
    ["municipality", "/#/kommune/5501?alder=ungdom"],
    ["print", "/#/kommune/5501/utskrift?alder=ungdom"],
  ];
  for (const [width, height, label] of [
    [420, 900, "phone"],
    [1280, 900, "desktop"],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const [name, path] of shots) {
      await open(page, path);
      await page.screenshot({ path: info.outputPath(`${name}-${label}.png`), fullPage: name !== "municipality" });
    }
    await open(page, "/#/kommune/5501?type=nasjonal");
    await page.locator("article.service").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`cards-${label}.png`) });
  }
  await page.emulateMedia({ media: "print" });
  await open(page, "/#/kommune/5501/utskrift?alder=ungdom");
  await page.screenshot({ path: info.outputPath("print-media.png"), fullPage: true });
});

test("an unknown municipality number says so, takes focus and leads back to the search; the print card too", async ({
  page,
}) => {
  await page.goto("/#/kommune/9999");
  const heading = page.getByRole("heading", { level: 1, name: "Fant ikke kommunen. Søk på nytt." });
  await expect(heading).toBeFocused();
  await page.getByRole("link", { name: "Tilbake til søket" }).click();
  await expect(page.locator("#search")).toBeEnabled();
  await page.goto("/#/kommune/9999/utskrift");
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke kommunen. Søk på nytt." })).toBeVisible();
});
