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

test("typed letter by letter and back, every step lists exactly what a fresh search for it lists", async ({ page }) => {
  await openReady(page);
  const input = page.locator("#search");
  const rows = () =>
    page.locator(".results a").evaluateAll((links) => links.map((a) => `${a.getAttribute("href")} ${a.textContent}`));
  // From "oslo" (a full list) back to one letter and on to "bodø", a postal code and an offer: rows are reused
  // from one letter to the next, so a row left showing an earlier hit would differ from the fresh list.
  const steps = ["o", "os", "osl", "oslo", "osl", "os", "o", "", "b", "bo", "bod", "bodø", "9", "95", "952", "9520"];
  steps.push("r", "ra", "ras", "rask", "rask ", "rask p", "rask ps", "rask psy", "9");
  // Offers join the index when the dataset is in: wait for them, so every list below comes from one index.
  await expect((await searchFor(page, "rask psykisk")).first()).toBeVisible();
  const fresh = new Map<string, string[]>();
  for (const query of new Set(steps)) {
    await input.fill("");
    await input.fill(query);
    fresh.set(query, await rows());
  }
  expect(fresh.get("oslo")).toHaveLength(12);
  expect(fresh.get("bodø")?.[0]).toContain("Bodø");
  await input.fill("");
  let typed = "";
  for (const query of steps) {
    if (query.startsWith(typed)) await input.pressSequentially(query.slice(typed.length));
    else if (typed.startsWith(query)) for (let i = query.length; i < typed.length; i++) await input.press("Backspace");
    else {
      await input.press("Control+A");
      await input.pressSequentially(query);
    }
    typed = query;
    await expect(input).toHaveValue(query);
    await expect.poll(rows, { message: `after typing "${query}"` }).toEqual(fresh.get(query));
  }
});
