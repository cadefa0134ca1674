/**
 * A first visit that lands on a municipality page (a shared link, a search engine): the page renders from that
 * municipality's share of the data, nothing on it waits for the map or the search index, and every other view
 * still gets the whole country.
 */
import { expect, test } from "@playwright/test";
import { searchFor } from "./helpers.ts";

test("landing on Oslo downloads no map geometry or search index before the page is there", async ({ page }) => {
  // The moment Oslo's name is in the page, taken in the page itself so it does not depend on the test's polling.
  await page.addInitScript(() => {
    const w = window as unknown as { __shownAt?: number };
    new MutationObserver((_, observer) => {
      if (document.getElementById("municipality-name")) {
        w.__shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/#/kommune/0301");
  await expect(page.locator("#municipality-name")).toHaveText("Oslo");
  // The map's geometry follows once the page is there, so the map works offline later.
  const started = async () =>
    page.evaluate(() => {
      const w = window as unknown as { __shownAt?: number };
      const files = performance.getEntriesByType("resource").map((e) => ({
        path: new URL(e.name).pathname,
        start: e.startTime,
      }));
      return { shownAt: w.__shownAt ?? Number.NaN, files };
    });
  await expect.poll(async () => (await started()).files.some((f) => f.path.startsWith("/data/geometry-"))).toBe(true);
  const { shownAt, files } = await started();
  expect(files.some((f) => f.path.startsWith("/data/dataset-") && f.start < shownAt)).toBe(true);
  const early = files.filter((f) => /^\/data\/(search|geometry)-/.test(f.path) && f.start < shownAt);
  expect(early).toEqual([]);
  expect(files.some((f) => f.path.startsWith("/data/search-"))).toBe(false);
});

test("after landing on Oslo, search finds other municipalities and offers across the country", async ({ page }) => {
  await page.goto("/#/kommune/0301");
  await expect(page.locator("#municipality-name")).toHaveText("Oslo");
  await page.goto("/#/");
  // A postal code far from Oslo: from the search index, which this visit has not loaded yet.
  await expect(await searchFor(page, "9520")).toContainText(["Kautokeino"]);
  // Offers of other municipalities: from the whole dataset, read from storage once Oslo's share is not enough.
  const offers = await searchFor(page, "rask psykisk helsehjelp");
  await expect(offers.filter({ hasNotText: "Oslo" }).first()).toBeVisible();
  await page.goto("/#/kommune/5501");
  await expect(page.locator("#municipality-name")).toHaveText("Tromsø");
  await expect(page.locator(".start-here")).toBeVisible();
});
