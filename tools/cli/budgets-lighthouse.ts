/**
 * `npm run budgets:lighthouse [dist]`: Lighthouse mobile on the production build, for every page in
 * LIGHTHOUSE_PAGES (the front page and the Oslo page); fails below a page's performance budget or below 100 in
 * accessibility, best practices or SEO, naming the page, the budget and the figure. Performance is a timing and
 * varies with machine load, so a miss is re-run twice and the median of the three decides. Then the slow first
 * visit (median of three), against a budget above its target for the same reason.
 */

import { launchBrowser } from "../bench/browser.ts";
import {
  LIGHTHOUSE_PAGES,
  type LighthouseFigures,
  lighthouseBudgetFailures,
  runLighthouse,
} from "../bench/lighthouse.ts";
import { serveDirectory } from "../bench/serve.ts";
import { measureSlowFirstVisit, SLOW_FIRST_VISIT_BUDGET_MS } from "../bench/slow-first-visit.ts";
import { median } from "../bench/stats.ts";

const server = await serveDirectory(process.argv[2] ?? "dist");
const failures: string[] = [];
try {
  for (const { page, path } of LIGHTHOUSE_PAGES) {
    const run = () => runLighthouse(`${server.url}${path}`, "mobile", page);
    const runs: LighthouseFigures[] = [await run()];
    if (lighthouseBudgetFailures(runs[0]!).length > 0) runs.push(await run(), await run());
    const scores = runs.map((figures) => figures.performance);
    const decided = runs.find((figures) => figures.performance === median(scores))!;
    const report = `performance ${decided.performance}, accessibility ${decided.accessibility}, best practices ${decided.bestPractices}, SEO ${decided.seo}`;
    console.log(
      `Lighthouse mobile, ${page} (${runs.length} run${runs.length > 1 ? "s" : ""}, performance ${scores.join("/")}): ${report}`,
    );
    console.log(
      `  LCP ${decided.lcpMs.toFixed(0)} ms, TBT ${decided.tbtMs.toFixed(0)} ms, CLS ${decided.cls.toFixed(3)}`,
    );
    const missed = lighthouseBudgetFailures(decided);
    for (const failure of missed) console.error(`OVER BUDGET  ${failure}`);
    if (missed.length > 0) for (const audit of decided.failing) console.error(`  ${audit}`);
    failures.push(...missed);
  }
  const browser = await launchBrowser();
  try {
    const slow = await measureSlowFirstVisit(browser, server.url);
    const runs = slow.runs.map((run) => run.resultMs.toFixed(0)).join("/");
    console.log(`Slow first visit to a search result (3 runs, ${runs} ms): median ${slow.medianMs.toFixed(0)} ms`);
    if (slow.medianMs > SLOW_FIRST_VISIT_BUDGET_MS) {
      const failure = `slow first visit: ${slow.medianMs.toFixed(0)} ms > ${SLOW_FIRST_VISIT_BUDGET_MS} ms`;
      console.error(`OVER BUDGET  ${failure}`);
      failures.push(failure);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
process.exit(failures.length > 0 ? 1 : 0);
