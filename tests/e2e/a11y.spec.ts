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
