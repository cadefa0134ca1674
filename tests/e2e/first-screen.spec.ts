/** The municipality page answers first on a phone, and the quick exit is always at hand and really leaves. */
import { writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { openAllGroups, openReady } from "./helpers.ts";

/** Emergency and national crisis numbers: never counted as the local contact. */
const CRISIS = /^tel:(\+47)?(110|112|113|116\d{3})$/;
const EXIT = "https://www.yr.no/";

/** True when a local contact (a non-crisis phone link, or the municipality's website) lies fully on the first screen. */
async function localContactOnFirstScreen(page: Page): Promise<string[]> {
  return page.evaluate((crisis) => {
    const re = new RegExp(crisis);
    const height = innerHeight;
    return [...document.querySelectorAll<HTMLAnchorElement>("main a[href]")]
      .filter((a) => {
        const href = a.getAttribute("href") ?? "";
        const local = (href.startsWith("tel:") && !re.test(href)) || a.closest(".start-here__website") !== null;
        const box = a.getBoundingClientRect();
        return local && box.height > 0 && box.top >= 0 && box.bottom <= height;
      })
      .map((a) => a.getAttribute("href") ?? "");
  }, CRISIS.source);
}

for (const [number, name] of [
  ["5501", "Tromsø"],
  ["1151", "Utsira"],
  ["0301", "Oslo"],
  ["4601", "Bergen"],
] as const) {
  test(`first screen at 390×844: a local contact for ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReady(page, `/#/kommune/${number}`);
    await expect(page.locator("h1")).toHaveText(name);
    expect(await localContactOnFirstScreen(page)).not.toEqual([]);
  });
}

test("Oslo's first render stays small: under 400 elements", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReady(page, "/#/kommune/0301");
  const count = await page.evaluate(() => document.getElementsByTagName("*").length);
  expect(count).toBeLessThan(400);
  // Opening a group renders its offers.
  await page.getByRole("button", { name: /Rask psykisk helsehjelp/ }).click();
  await expect(page.locator("article.service").first()).toBeVisible();
});

/** Asserts the quick-exit button lies fully inside the viewport. */
async function exitFullyVisible(page: Page, width: number, height: number): Promise<void> {
  const button = page.locator(".quick-exit");
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

for (const language of ["nb", "nn", "en"] as const) {
  for (const width of [320, 390]) {
    test(`quick exit fully visible at ${width} px in ${language}, at the top and the bottom of Oslo`, async ({
      page,
    }) => {
      const height = 700;
      await page.setViewportSize({ width, height });
      await page.addInitScript((lang) => localStorage.setItem("hjelpekart.language", lang), language);
      await openReady(page, "/#/kommune/0301");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await exitFullyVisible(page, width, height);
      // The longest page: every group open.
      const closed = page.locator(".offer-group__toggle[aria-expanded='false']");
      await openAllGroups(page);
      // The opened groups may still be laying out: scroll until the bottom of the long page is reached.
      // A group may still be opening when the count is read: open any that are closed on each try.
      await expect
        .poll(async () => {
          if ((await closed.count()) > 0) await openAllGroups(page);
          return page.evaluate(() => {
            window.scrollTo(0, document.documentElement.scrollHeight);
            return scrollY;
          });
        })
        .toBeGreaterThan(3000);
      await exitFullyVisible(page, width, height);
      // Nothing overflows sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test.describe("quick exit leaves the site", () => {
  test.beforeEach(async ({ page }) => {
    // The neutral destination is answered here, so nothing leaves the machine.
    await page.route(`${EXIT}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Neutral</title><p>Weather</p>" }),
    );
  });

  test("the button replaces this page with the neutral site; history does not grow; typed drafts are gone", async ({
    page,
  }) => {
    await openReady(page, "/#/kommune/5501");
    // A report draft kept on the device, as the report form stores it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("hjelpekart");
          open.onsuccess = () => {
            const tx = open.result.transaction("reports", "readwrite");
            tx.objectStore("reports").put({ id: "typed", createdAt: "2026-01-01", text: "private words" });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const before = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: "Rask utgang" }).click();
    await page.waitForURL(EXIT);
    await expect(page).toHaveTitle("Neutral");
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goto("/exit.html");
    const left = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open("hjelpekart");
          open.onsuccess = () => {
            const count = open.result.transaction("reports").objectStore("reports").count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(left).toBe(0);
  });

  test("Escape twice leaves too, and Back does not return to the municipality", async ({ page }) => {
    await openReady(page, "/#/");
    await page.goto("/#/kommune/5501");
    await expect(page.locator("h1")).toHaveText("Tromsø");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForURL(EXIT);
    await page.goBack();
    await expect(page).not.toHaveURL(/kommune\/5501/);
  });
});

for (const [path, label] of [
  ["/#/kommune/1151/utskrift?alder=ungdom", "utsira-youth"],
  ["/#/kommune/5501/utskrift?alder=voksen", "tromso-adult"],
] as const) {
  test(`print card ${label} is one A4 page`, async ({ page }, info) => {
    await page.goto(path);
    await expect(page.locator("#print-title")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(info.outputPath(`${label}.pdf`), pdf);
    if (process.env.SHOTS_DIR) writeFileSync(`${process.env.SHOTS_DIR}/print-${label}.pdf`, pdf);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBe(1);
  });
}

test("a slow first load shows its progress right by the search field", async ({ page }) => {
  await page.route("**/data/dataset-*.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto("/");
  const status = page.getByRole("status").filter({ hasText: "Henter tjenesteoversikten" });
  await expect(status).toBeVisible();
  const field = await page.locator("#search").boundingBox();
  const box = await status.boundingBox();
  expect(field && box).toBeTruthy();
  if (!field || !box) return;
  expect(box.y - (field.y + field.height)).toBeGreaterThanOrEqual(0);
  expect(box.y - (field.y + field.height)).toBeLessThan(40);
  await expect(page.locator("#search")).toBeEnabled({ timeout: 15_000 });
});
