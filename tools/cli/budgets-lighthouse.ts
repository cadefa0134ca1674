/**
 * `npm run budgets:lighthouse [dist]`: Lighthouse mobile on the production build; fails below performance 95
 * or below 100 in accessibility, best practices or SEO, naming the budget and the figure. Performance is a
 * timing and varies with machine load, so a miss is re-run twice and the median of the three decides.
 */
import { type LighthouseFigures, lighthouseBudgetFailures, runLighthouse } from "../bench/lighthouse.ts";
import { serveDirectory } from "../bench/serve.ts";
import { median } from "../bench/stats.ts";

const server = await serveDirectory(process.argv[2] ?? "dist");
let failures: string[];
try {
  const runs: LighthouseFigures[] = [await runLighthouse(`${server.url}/`, "mobile")];
  if (lighthouseBudgetFailures(runs[0]!).length > 0) {
    runs.push(await runLighthouse(`${server.url}/`, "mobile"), await runLighthouse(`${server.url}/`, "mobile"));
  }
  const scores = runs.map((run) => run.performance);
  const decided = runs.find((run) => run.performance === median(scores))!;
  const report = `performance ${decided.performance}, accessibility ${decided.accessibility}, best practices ${decided.bestPractices}, SEO ${decided.seo}`;
  console.log(
    `Lighthouse mobile (${runs.length} run${runs.length > 1 ? "s" : ""}, performance ${scores.join("/")}): ${report}`,
  );
  console.log(`LCP ${decided.lcpMs.toFixed(0)} ms, TBT ${decided.tbtMs.toFixed(0)} ms, CLS ${decided.cls.toFixed(3)}`);
  failures = lighthouseBudgetFailures(decided);
  for (const failure of failures) console.error(`OVER BUDGET  ${failure}`);
  if (failures.length > 0) for (const audit of decided.failing) console.error(`  ${audit}`);
} finally {
  await server.close();
}
process.exit(failures.length > 0 ? 1 : 0);
