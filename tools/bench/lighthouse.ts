/** Lighthouse 12 runs (mobile and desktop) in Debian Chromium, reduced to the figures the budgets and the table need. */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.ts";

/** The four category scores (0–100), the three vitals and what kept a category below 100. */
export interface LighthouseFigures {
  formFactor: "mobile" | "desktop";
  /** Which page was measured, e.g. "front page". */
  page: string;
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

/** Runs Lighthouse once against `url` (named `page` in reports) in a fresh headless Chromium profile. */
export async function runLighthouse(
  url: string,
  formFactor: "mobile" | "desktop",
  page = "front page",
): Promise<LighthouseFigures> {
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
      page,
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

/** Minimum Lighthouse mobile scores for one page. */
export interface LighthouseBudget {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/**
 * The pages people land on, each with its mobile budget: the front page, and a municipality page as reached
 * from search, a shared link or a saved municipality (Oslo, the largest). Performance budgets sit below the
 * figures an idle machine gives, because a busy shared machine lowers them; see docs/performance.md.
 */
export const LIGHTHOUSE_PAGES: { page: string; path: string; budget: LighthouseBudget }[] = [
  { page: "front page", path: "/", budget: { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 } },
  {
    page: "Oslo page",
    path: "/#/kommune/0301",
    budget: { performance: 90, accessibility: 100, bestPractices: 100, seo: 100 },
  },
];

/** The budget of a measured page, or undefined when the page has none (desktop runs are reported only). */
export function budgetFor(figures: Pick<LighthouseFigures, "formFactor" | "page">): LighthouseBudget | undefined {
  if (figures.formFactor !== "mobile") return undefined;
  return LIGHTHOUSE_PAGES.find((entry) => entry.page === figures.page)?.budget;
}

/** Messages naming each budget missed and the figure, empty when all are met (or the page has no budget). */
export function lighthouseBudgetFailures(figures: LighthouseFigures): string[] {
  const budget = budgetFor(figures);
  if (!budget) return [];
  return (Object.keys(budget) as (keyof LighthouseBudget)[])
    .filter((key) => figures[key] < budget[key])
    .map((key) => `Lighthouse ${figures.formFactor} ${figures.page} ${key}: ${figures[key]} < ${budget[key]}`);
}
