import { expect, type Page, test } from "@playwright/test";
import { openReady, searchFor, waitForServiceWorker } from "./helpers.ts";

/** One online visit to the front page: the service worker in control and the data stored. */
async function visitOnce(page: Page): Promise<void> {
  await openReady(page);
  await waitForServiceWorker(page);
  // The dataset is in IndexedDB once search works; give the write a moment to commit.
  await expect(page.locator("#search")).toBeEnabled();
  await page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    return dbs.some((db) => db.name === "hjelpekart");
  });
}

test("after one visit the app works with the network off: reload, search and a deep link", async ({
  page,
  context,
}) => {
  await visitOnce(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#search")).toBeEnabled();
  const results = await searchFor(page, "9520");
  await expect(results.first()).toContainText("Kautokeino");

  await page.goto("/#/kommune/1804");
  await expect(page.locator("h1")).toHaveText("Bodø");
  // On a municipality page the crisis numbers are one tap away in the safety bar.
  await page.locator(".safety-bar summary").click();
  await expect(page.locator('.crisis a[href="tel:116123"]')).toBeVisible();
  await expect(page.getByText("Data bygget")).toBeVisible();
});

test("the first visit shows the crisis numbers at once, before the dataset has loaded", async ({ page }) => {
  await page.route("**/data/dataset-*.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await page.goto("/");
  await expect(page.locator('.crisis a[href="tel:113"]')).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Henter tjenesteoversikten");
  await expect(page.locator("#search")).toBeEnabled({ timeout: 15_000 });
});

test("offline, a saved municipality opens from its stored share, and search then has the whole country", async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  // A new page straight onto the municipality, as from a saved link or the home screen.
  const later = await context.newPage();
  await later.goto("/#/kommune/5501");
  await expect(later.locator("#municipality-name")).toHaveText("Tromsø");
  await expect(later.locator(".start-here")).toBeVisible();
  const read = await later.evaluate(() => performance.getEntriesByName("idb-read").length);
  expect(read).toBeGreaterThan(0);
  await later.goto("/#/");
  const offers = await searchFor(later, "rask psykisk helsehjelp");
  await expect(offers.filter({ hasNotText: "Tromsø" }).first()).toBeVisible();
});
