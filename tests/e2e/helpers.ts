/** Shared steps for the end-to-end tests. */
import { expect, type Page } from "@playwright/test";

/** Opens a page and waits until the dataset is loaded and search is usable. */
export async function openReady(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(page.locator("#search, #municipality-name, #about-title").first()).toBeVisible();
  if (path === "/" || path.startsWith("/#/?") || path === "/#/") await expect(page.locator("#search")).toBeEnabled();
  if (/^\/#\/kommune\/\d{4}(\?|$)/.test(path)) await municipalityPageComplete(page);
}

/** Waits for the part of a municipality page that follows its first screen (offers, contact, facts). */
export async function municipalityPageComplete(page: Page): Promise<void> {
  await expect(page.locator(".municipality__offers")).toBeVisible();
}

/** Waits until the service worker controls the page, so the shell is cached for offline use. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
  });
}

/** Searches and returns the result links. */
export async function searchFor(page: Page, query: string) {
  const input = page.locator("#search");
  await input.fill(query);
  return page.locator(".results a");
}

/** Opens every offer group on a municipality page (large pages render a group's cards only when it is open). */
export async function openAllGroups(page: Page): Promise<void> {
  // The groups follow the page's first screen by a task: count them once they are there.
  await municipalityPageComplete(page);
  const closed = page.locator('.offer-group__toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) {
    // Wait for each group to report itself open, so a toggle is never clicked twice (which would close it).
    const id = await closed.first().getAttribute("id");
    await page.locator(`#${id}`).click();
    await expect(page.locator(`#${id}`)).toHaveAttribute("aria-expanded", "true");
  }
  await expect(closed).toHaveCount(0);
}
