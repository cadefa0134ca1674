/** Lighthouse 12 runs (mobile and desktop) in Debian Chromium, reduced to the figures the budgets and the table need. */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.ts";

/** The four category scores (0–100), the three vitals and what kept a category below 100. */
export interface LighthouseFigures {
  formFactor: "mobile" | "desktop";
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** "category: audit title (score)" for every weighted audit that did not pass. */
  failing: string[];
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Runs Lighthouse once against `url` in a fresh headless Chromium profile. */
export async function runLighthouse(url: string, formFactor: "mobile" | "desktop"): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error("Lighthouse returned no result");
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing: string[] = [];
    for (const id of CATEGORIES) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          failing.push(`${id}: ${audit.title} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ""}`);
        }
      }
    }
    return {
      formFactor,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      failing,
    };
  } finally {
    chrome.kill();
  }
}

/** The Lighthouse budgets: mobile performance at least 95, the other three categories at 100. */
export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 } as const;

/** Messages naming each budget missed and the figure, empty when all are met. */
export function lighthouseBudgetFailures(figures: LighthouseFigures): string[] {
  return (Object.keys(LIGHTHOUSE_BUDGETS) as (keyof typeof LIGHTHOUSE_BUDGETS)[])
    .filter((key) => figures[key] < LIGHTHOUSE_BUDGETS[key])
    .map((key) => `Lighthouse ${figures.formFactor} ${key}: ${figures[key]} < ${LIGHTHOUSE_BUDGETS[key]}`);
}
