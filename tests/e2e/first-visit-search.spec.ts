import { expect, type Page, test } from "@playwright/test";
import { waitForServiceWorker } from "./helpers.ts";

/** Holds every dataset download until `release` is called, as a slow connection does. */
async function holdDataset(page: Page): Promise<{ release: () => void; requested: () => boolean }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((done) => {
    release = done;
  });
  let requested = false;
  await page.route("**/data/dataset-*.json", async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { release, requested: () => requested };
}

test("a first visit searches before the dataset has arrived: Bodø, a postal code, a place", async ({ page }) => {
  const dataset = await holdDataset(page);
  await page.goto("/");
  const input = page.locator("#search");
  await expect(input).toBeEnabled();
  await input.fill("Bodø");
  const results = page.locator(".results a");
  await expect(results.first()).toContainText("Bodø");
  await expect(results.first()).toContainText("Nordland");
  await input.fill("8006");
  await expect(results.first()).toContainText("8006 Bodø");
  await input.fill("mo i rana");
  await expect(results.first()).toContainText("Mo i Rana");
  // Search really ran ahead of the data: the dataset is still held back.
  await expect.poll(() => dataset.requested()).toBe(true);
  await expect(page.locator(".notice[role=status]")).toBeVisible();

  // Choosing a result opens the municipality page, which waits for the dataset and then shows it.
  await input.fill("8006");
  await results.first().click();
  await expect(page).toHaveURL(/#\/kommune\/1804$/);
  await expect(page.locator(".notice[role=status]")).toBeVisible();
  dataset.release();
  await expect(page.locator("h1")).toHaveText("Bodø");
});

test("while the dataset loads, a service name finds nothing yet and says services come later", async ({ page }) => {
  await holdDataset(page);
  await page.goto("/");
  await page.locator("#search").fill("rask psykisk helsehjelp");
  await expect(page.locator(".search__empty")).toContainText(
    "Tilbud kan søkes på navn når tjenesteoversikten er hentet",
  );
});

test("a first visit whose dataset never arrived still searches offline on the next visit", async ({
  page,
  context,
}) => {
  await page.route("**/data/dataset-*.json", (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  await waitForServiceWorker(page);
  // The kept copy is written just after search becomes usable.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open("hjelpekart");
        open.onsuccess = () => {
          const get = open.result.transaction("settings").objectStore("settings").get("searchFile");
          get.onsuccess = () => done(get.result !== undefined);
          get.onerror = () => done(false);
        };
        open.onerror = () => done(false);
      }),
  );
  await context.setOffline(true);
  await page.reload();
  await page.locator("#search").fill("9520");
  await expect(page.locator(".results a").first()).toContainText("Kautokeino");
  await context.setOffline(false);
});

test("a result row whose hit changes under the keyboard focus (the offers arrived) hands focus back to the field", async ({
  page,
}) => {
  const dataset = await holdDataset(page);
  await page.goto("/");
  const input = page.locator("#search");
  await expect(input).toBeEnabled();
  // Before the offers: Oslo, then the district Gamle Oslo; with them, Oslo's own offer takes the second row.
  await input.fill("oslo");
  const second = page.locator(".results a").nth(1);
  await expect(second).toContainText("Gamle Oslo");
  await input.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(second).toBeFocused();
  dataset.release();
  await expect(second).not.toContainText("Gamle Oslo");
  // Enter now would open what the row shows now, not what was chosen: the focus is back in the field.
  await expect(input).toBeFocused();
});
