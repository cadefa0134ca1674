/**
 * `npm run bench [-- --no-build] [-- --out-dir dist-bench] [-- --no-lighthouse] [-- --only search,slow]`: builds
 * the app, serves the build, measures sizes, search latency, offline start, IndexedDB read, map drawing, a slow
 * first visit and Lighthouse (front page and the Oslo page) in Debian Chromium, prints a table and writes
 * bench-results/bench-<date>.json. Timings are reported, never asserted. `--only` takes any of
 * search, offline, map, slow, lighthouse.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { CPU_SLOWDOWN, launchBrowser, newContext, throttleCpu, warmUp } from "../bench/browser.ts";
import { LIGHTHOUSE_PAGES, runLighthouse } from "../bench/lighthouse.ts";
import { measureMap } from "../bench/map-time.ts";
import { measureOfflineStart } from "../bench/offline-start.ts";
import { type BenchResults, formatTable, tableRows } from "../bench/report.ts";
import { installKeystrokeProbe, measureSearchLatency } from "../bench/search-latency.ts";
import { serveDirectory } from "../bench/serve.ts";
import { measureSlowFirstVisit } from "../bench/slow-first-visit.ts";
import { measureBuild } from "../budgets.ts";

const args = process.argv.slice(2);
const outDir = args.includes("--out-dir") ? args[args.indexOf("--out-dir") + 1]! : "dist-bench";
const errors: string[] = [];
const only = args.includes("--only") ? new Set(args[args.indexOf("--only") + 1]!.split(",")) : undefined;
/** Whether a measurement was asked for (all are, unless --only names some). */
const wanted = (name: "search" | "offline" | "map" | "slow" | "lighthouse") =>
  only ? only.has(name) : name !== "lighthouse" || !args.includes("--no-lighthouse");

/** Runs one measurement; a failure is recorded and the rest still run. */
async function attempt<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    console.log(`… ${name}`);
    return await run();
  } catch (error) {
    errors.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

if (!args.includes("--no-build")) {
  console.log(`… building into ${outDir}`);
  const build = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir"], {
    encoding: "utf8",
    // A benchmark build is a local preview: it never reaches the public, so the placeholder address may stay.
    env: { ...process.env, HJELPEKART_LOCAL_PREVIEW: "1" },
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
const chromium = spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout.trim();
const server = await serveDirectory(outDir);
const results: BenchResults = {
  date: new Date().toISOString(),
  commit: git,
  chromium,
  cpuSlowdown: CPU_SLOWDOWN,
  loadAverage: [],
  cpus: availableParallelism(),
  sizes: measureBuild(outDir),
  lighthouse: [],
  errors,
};
try {
  const browser = await launchBrowser();
  try {
    if (wanted("search") || wanted("offline") || wanted("map")) {
      const context = await newContext(browser, server.url);
      const warmed = await attempt("first visit (service worker + IndexedDB)", async () => {
        const page = await context.newPage();
        await installKeystrokeProbe(page);
        await warmUp(page);
        return page;
      });
      if (warmed) {
        if (wanted("search")) {
          results.search = await attempt("search latency", async () => {
            await throttleCpu(warmed);
            return measureSearchLatency(warmed);
          });
        }
        await warmed.close();
        if (wanted("offline")) results.offline = await attempt("offline start", () => measureOfflineStart(context));
        if (wanted("map")) results.map = await attempt("map", () => measureMap(context));
      }
      await context.close();
    }
    if (wanted("slow")) {
      results.slowFirstVisit = await attempt("slow first visit (3 runs)", () =>
        measureSlowFirstVisit(browser, server.url),
      );
    }
  } finally {
    await browser.close();
  }
  if (wanted("lighthouse")) {
    for (const { page, path } of LIGHTHOUSE_PAGES) {
      const figures = await attempt(`Lighthouse mobile, ${page}`, () =>
        runLighthouse(`${server.url}${path}`, "mobile", page),
      );
      if (figures) results.lighthouse.push(figures);
    }
    const desktop = await attempt("Lighthouse desktop, front page", () =>
      runLighthouse(`${server.url}/`, "desktop", "front page"),
    );
    if (desktop) results.lighthouse.push(desktop);
  }
} finally {
  await server.close();
}

results.loadAverage = loadavg().map((n) => Math.round(n * 100) / 100);
console.log(`\nHjelpekart benchmark · ${results.date} · ${results.commit} · ${results.chromium}`);
console.log(`load average ${results.loadAverage.join(" ")} on ${results.cpus} CPUs (timings are noisy when busy)\n`);
console.log(formatTable(tableRows(results)));
for (const lh of results.lighthouse) {
  for (const failing of lh.failing) console.log(`  Lighthouse ${lh.formFactor} ${lh.page} below 100 · ${failing}`);
}
if (results.search) {
  const counts = Object.entries(results.search.resultsPerQuery).map(([q, n]) => `${q}: ${n}`);
  console.log(`\nresults shown per query: ${counts.join(", ")}`);
}
for (const error of errors) console.error(`failed: ${error}`);
mkdirSync("bench-results", { recursive: true });
const file = join("bench-results", `bench-${results.date.replace(/[:.]/g, "-")}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${file}`);
process.exit(errors.length > 0 ? 1 : 0);
