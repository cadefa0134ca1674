import { expect, test } from "@playwright/test";
import { openReady, searchFor } from "./helpers.ts";

test("a postal code finds its municipality: 9520 → Kautokeino", async ({ page }) => {
  await openReady(page);
  const results = await searchFor(page, "9520");
  await expect(results.first()).toContainText("9520");
  await expect(results.first()).toContainText("Guovdageaidnu - Kautokeino");
  await results.first().click();
  await expect(page).toHaveURL(/#\/kommune\/5612$/);
  await expect(page.locator("h1")).toHaveText("Guovdageaidnu - Kautokeino");
});

test("a Sami name finds the municipality: guovdageaidnu → Kautokeino", async ({ page }) => {
  await openReady(page);
  const results = await searchFor(page, "guovdageaidnu");
  await expect(results.first()).toContainText("Kautokeino");
});

test("folding: aalesund and alesund both find Ålesund", async ({ page }) => {
  await openReady(page);
  for (const query of ["aalesund", "alesund"]) {
    const results = await searchFor(page, query);
    await expect(results.first()).toContainText("Ålesund");
  }
});

test("a deep link opens the municipality page with crisis numbers one tap away and honest gaps", async ({ page }) => {
  await openReady(page, "/#/kommune/5501");
  await expect(page.locator("h1")).toHaveText("Tromsø");
  // The crisis numbers sit behind the sticky "Akutt hjelp" control, so the answer can take the first screen.
  await page.locator(".safety-bar summary", { hasText: "Akutt hjelp" }).click();
  await expect(page.locator('.crisis a[href="tel:113"]')).toBeVisible();
  await expect(page.locator('.crisis a[href="tel:116117"]')).toBeVisible();
  await expect(page.getByRole("heading", { name: "Helsestasjon for ungdom" })).toBeVisible();
  await expect(page.getByText("Lovpålagt tjeneste").first()).toBeVisible();
});

test("keyboard: arrow down from the field reaches the first result and Enter opens it", async ({ page }) => {
  await openReady(page);
  await page.locator("#search").fill("Bodø");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(".results a").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/kommune\/1804$/);
});
