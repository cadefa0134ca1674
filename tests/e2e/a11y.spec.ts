import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openReady } from "./helpers.ts";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const [name, path] of [
  ["front page", "/"],
  ["municipality page", "/#/kommune/0301"],
  ["about page", "/#/om"],
] as const) {
  test(`axe: no WCAG 2.1 AA violations on the ${name}`, async ({ page }) => {
    await openReady(page, path);
    if (path === "/") await page.locator("#search").fill("tromsø");
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
}

/** WCAG 2.2 AA, as the target-size and focus rules of 2.2 apply too. */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const [name, path, ready] of [
  ["municipality page (Oslo)", "/#/kommune/0301", ".municipality__offers"],
  ["print card", "/#/kommune/1151/utskrift?alder=ungdom", "#print-title"],
  ["dashboard", "/#/dekning", "main h1"],
] as const) {
  test(`axe: no WCAG 2.2 AA violations on the ${name} at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    if (path.includes("0301")) {
      // Check the open state too: the filters, the urgent-help panel and a group's cards.
      await page.getByRole("button", { name: /^Filter \(\d+\)$/ }).click();
      await page.locator(".safety-bar summary").click();
      await page.locator(".offer-group__toggle").first().click();
      await expect(page.locator("article.service").first()).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });
}
