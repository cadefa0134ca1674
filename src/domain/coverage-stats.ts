/** Figures for the coverage dashboard: progress per county, the gaps, and how fresh the evidence is. */
import { type CoverageSummary, type MunicipalityCoverage, summarize } from "./coverage.ts";
import { type CoverageChoice, cellFor } from "./coverage-rows.ts";
import { isStale } from "./dates.ts";
import { OFFER_GROUPS } from "./offers.ts";
import type { County, Dataset, Municipality, Service } from "./schema.ts";

const COVERAGE_TYPES: ReadonlySet<string> = new Set(OFFER_GROUPS.flatMap((g) => g.types));

/** Progress of one county. */
export interface CountySummary {
  county: County;
  summary: CoverageSummary;
}

/** One summary per county, in dataset order; counties without municipalities are left out. */
export function countySummaries(
  dataset: Pick<Dataset, "counties" | "municipalities">,
  table: ReadonlyMap<string, MunicipalityCoverage>,
  choice: CoverageChoice,
): CountySummary[] {
  return dataset.counties.flatMap((county) => {
    const members = dataset.municipalities.filter((m) => m.county === county.number);
    return members.length > 0 ? [{ county, summary: summarize(members, table, choice) }] : [];
  });
}

/** Municipalities without a confirmed offer, by what is actually known. */
export interface Gaps {
  /** The source says there is no such offer. */
  reportedAbsent: Municipality[];
  /** An offer existed but has closed. */
  inactive: Municipality[];
  /** Only the statutory duty is known, no concrete offer. */
  statutory: Municipality[];
  /** Nothing is known: not the same as absent. */
  unknown: Municipality[];
}

/** Sorts municipalities without a confirmed offer into what is known about them. */
export function findGaps(
  municipalities: readonly Municipality[],
  table: ReadonlyMap<string, MunicipalityCoverage>,
  choice: CoverageChoice,
): Gaps {
  const gaps: Gaps = { reportedAbsent: [], inactive: [], statutory: [], unknown: [] };
  for (const municipality of municipalities) {
    const coverage = table.get(municipality.number);
    if (!coverage) continue;
    const { state } = cellFor(coverage, choice);
    if (state === "reported-absent") gaps.reportedAbsent.push(municipality);
    else if (state === "inactive") gaps.inactive.push(municipality);
    else if (state === "statutory") gaps.statutory.push(municipality);
    else if (state === "unknown") gaps.unknown.push(municipality);
  }
  return gaps;
}

/** How old the evidence behind coverage is. */
export interface Freshness {
  /** Current, non-statutory records of the coverage groups. */
  total: number;
  /** Of those, records older than the stale limit or undated. */
  stale: number;
  /** Ids of the stale records. */
  staleIds: string[];
}

/**
 * Share of evidence older than the stale limit. Counts current records of the coverage groups only;
 * statutory duties do not age and history records are not evidence of today.
 */
export function freshness(services: readonly Service[], now: Date, staleMonths = 24): Freshness {
  const evidence = services.filter((s) => COVERAGE_TYPES.has(s.type) && !s.supersededBy && !s.statutory);
  const stale = evidence.filter((s) => isStale(s.verified, now, staleMonths));
  return { total: evidence.length, stale: stale.length, staleIds: stale.map((s) => s.id) };
}
