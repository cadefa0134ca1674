/** Turns benchmark figures into the printed table. */
import type { BudgetResult } from "../budgets.ts";
import type { LighthouseFigures } from "./lighthouse.ts";
import { budgetFor } from "./lighthouse.ts";
import type { MapTime } from "./map-time.ts";
import type { OfflineStart } from "./offline-start.ts";
import type { SearchLatency } from "./search-latency.ts";
import type { SlowFirstVisit } from "./slow-first-visit.ts";

/** Everything one `npm run bench` measured; also the shape of bench-results/bench-<date>.json. */
export interface BenchResults {
  date: string;
  commit: string;
  chromium: string;
  cpuSlowdown: number;
  loadAverage: number[];
  cpus: number;
  sizes: BudgetResult[];
  search?: SearchLatency;
  offline?: OfflineStart;
  map?: MapTime;
  slowFirstVisit?: SlowFirstVisit;
  lighthouse: LighthouseFigures[];
  errors: string[];
}

/** Performance targets (reported against, not enforced: timings on shared machines are noisy). */
export const TARGETS = {
  searchP95Ms: 16,
  offlineUsableMs: 1000,
  mapDrawnMs: 1500,
  slowFirstVisitMs: 1500,
  osloPerformance: 98,
  osloTbtMs: 150,
  frontPerformance: 98,
} as const;

type Row = [figure: string, value: string, limit: string, verdict: string];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB gz`;
const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : `${value.toFixed(1)} ms`);
const verdict = (ok: boolean) => (ok ? "ok" : "OVER");

/** The rows of the table, in reading order. */
export function tableRows(results: BenchResults): Row[] {
  const rows: Row[] = results.sizes.map(({ name, gzipBytes, limitBytes }) => [
    `size: ${name}`,
    kb(gzipBytes),
    limitBytes === undefined ? "" : `≤ ${kb(limitBytes)}`,
    limitBytes === undefined ? "" : verdict(gzipBytes <= limitBytes),
  ]);
  const cpu = `${results.cpuSlowdown}× CPU`;
  const { search, offline, map } = results;
  if (search) {
    rows.push([`search per keystroke p50 (${cpu}, ${search.keystrokes} keys)`, ms(search.p50), "", ""]);
    rows.push([
      `search per keystroke p95 (${cpu})`,
      ms(search.p95),
      `≤ ${TARGETS.searchP95Ms} ms`,
      verdict(search.p95 <= TARGETS.searchP95Ms),
    ]);
    rows.push([`search per keystroke max (${cpu})`, ms(search.max), "", ""]);
    rows.push([
      `search work, input → DOM updated, p50 / p95 (${cpu})`,
      `${ms(search.workP50)} / ${ms(search.workP95)}`,
      "",
      "",
    ]);
  }
  if (offline) {
    rows.push([`offline start: search enabled (${cpu})`, ms(offline.searchEnabledMs), "", ""]);
    rows.push([`offline start: first result rendered`, ms(offline.firstResultMs), "", ""]);
    rows.push([
      `offline start to usable (${cpu})`,
      ms(offline.usableMs),
      `≤ ${TARGETS.offlineUsableMs} ms`,
      verdict(offline.usableMs <= TARGETS.offlineUsableMs),
    ]);
    rows.push([`IndexedDB dataset read, app's idb-read measure (${cpu})`, ms(offline.appIdbReadMs), "", ""]);
    rows.push([
      `IndexedDB dataset read, page script median of 5 (${cpu})`,
      ms(offline.idbReadMs),
      "",
      `${(offline.idbRecordChars / 1000).toFixed(0)} K chars`,
    ]);
  }
  if (map && "unavailable" in map) rows.push([`map polygons drawn (${cpu})`, map.unavailable, "", ""]);
  else if (map) {
    rows.push([
      `map polygons drawn, deep link (${cpu})`,
      ms(map.deepLinkMs),
      `≤ ${TARGETS.mapDrawnMs} ms`,
      verdict(map.deepLinkMs <= TARGETS.mapDrawnMs),
    ]);
    rows.push([
      `map polygons drawn, from the app (${cpu})`,
      ms(map.inAppMs),
      `≤ ${TARGETS.mapDrawnMs} ms`,
      verdict(map.inAppMs <= TARGETS.mapDrawnMs),
    ]);
  }
  const { slowFirstVisit } = results;
  if (slowFirstVisit) {
    const runs = slowFirstVisit.runs;
    rows.push([
      "slow first visit: search enabled, per run",
      runs.map((run) => ms(run.searchEnabledMs)).join(" / "),
      "",
      "",
    ]);
    rows.push(["slow first visit: result for Bodø, per run", runs.map((run) => ms(run.resultMs)).join(" / "), "", ""]);
    rows.push([
      `slow first visit to a result, median (1.6 Mbit/s, 150 ms, ${cpu})`,
      ms(slowFirstVisit.medianMs),
      `≤ ${TARGETS.slowFirstVisitMs} ms`,
      verdict(slowFirstVisit.medianMs <= TARGETS.slowFirstVisitMs),
    ]);
  }
  for (const lh of results.lighthouse) {
    const name = `Lighthouse ${lh.formFactor} ${lh.page ?? "front page"}`;
    const budget = budgetFor({ formFactor: lh.formFactor, page: lh.page ?? "front page" });
    const target =
      lh.formFactor !== "mobile"
        ? undefined
        : lh.page === "Oslo page"
          ? TARGETS.osloPerformance
          : TARGETS.frontPerformance;
    const lhRow = (label: string, score: number, limit?: number, goal?: number) =>
      rows.push([
        `${name}: ${label}`,
        String(score),
        [limit === undefined ? "" : `≥ ${limit}`, goal === undefined ? "" : `target ${goal}`]
          .filter(Boolean)
          .join(", "),
        limit === undefined
          ? ""
          : verdict(score >= limit) + (goal !== undefined && score < goal ? ", under target" : ""),
      ]);
    lhRow("performance", lh.performance, budget?.performance, target);
    lhRow("accessibility", lh.accessibility, budget?.accessibility);
    lhRow("best practices", lh.bestPractices, budget?.bestPractices);
    lhRow("SEO", lh.seo, budget?.seo);
    const tbtGoal = lh.formFactor === "mobile" && lh.page === "Oslo page" ? TARGETS.osloTbtMs : undefined;
    rows.push([
      `${name}: LCP / TBT / CLS`,
      `${ms(lh.lcpMs)} / ${ms(lh.tbtMs)} / ${lh.cls.toFixed(3)}`,
      tbtGoal === undefined ? "" : `TBT target ≤ ${tbtGoal} ms`,
      tbtGoal === undefined ? "" : lh.tbtMs <= tbtGoal ? "ok" : "OVER",
    ]);
  }
  return rows;
}

/** The table as aligned plain text (also valid Markdown). */
export function formatTable(rows: Row[]): string {
  const header: Row = ["figure", "value", "budget / target", ""];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
