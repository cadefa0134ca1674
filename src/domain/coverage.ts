/**
 * Coverage: for each municipality and offer group, one honest state from the evidence.
 * Absence of evidence is `unknown`, never "no".
 */
import { isStale, partialDateEnd } from "./dates.ts";
import { OFFER_GROUPS, type OfferGroupId, serves } from "./offers.ts";
import type { Dataset, Municipality, Service } from "./schema.ts";

/** The offer groups coverage is computed for. */
export const COVERAGE_GROUPS: readonly OfferGroupId[] = OFFER_GROUPS.map((g) => g.id);

/** One state per municipality and group, best first. */
export const COVERAGE_STATES = ["confirmed", "statutory", "inactive", "reported-absent", "unknown"] as const;
/** A coverage state. */
export type CoverageState = (typeof COVERAGE_STATES)[number];

/** What is known about one offer group in one municipality. */
export interface CoverageCell {
  state: CoverageState;
  /** Newest verified date among the records behind the state. */
  verified?: string;
  /** The newest evidence is older than the stale limit (or undated). */
  stale: boolean;
  /** Ids of the records that decided the state. */
  serviceIds: string[];
}

/** Coverage of every group in one municipality. */
export type MunicipalityCoverage = Record<OfferGroupId, CoverageCell>;

/** Options for coverage: the clock and how old evidence may be before it is stale. */
export interface CoverageOptions {
  now: Date;
  staleMonths?: number;
}

const GROUP_OF_TYPE = new Map<string, OfferGroupId>(
  OFFER_GROUPS.flatMap((group) => group.types.map((type) => [type, group.id] as const)),
);

/** The state one record supports, or undefined when it says nothing (planned, unknown). */
function stateOf(service: Service): CoverageState | undefined {
  if (service.statutory) return "statutory";
  switch (service.status) {
    case "active":
      return "confirmed";
    case "inactive":
      return "inactive";
    case "reported-absent":
      return "reported-absent";
    default:
      return undefined;
  }
}

/**
 * True when a record only tells history, not today: superseded, or a report of absence older than the
 * stale limit (or undated). An old "no RPH here" may be about a municipality since merged into a new one
 * (Alver was formed in 2020 from Lindås, Meland and Radøy) or simply out of date, so it never stands as absence.
 */
export function isHistory(service: Service, now: Date, staleMonths = 24): boolean {
  if (service.supersededBy) return true;
  return service.status === "reported-absent" && isStale(service.verified, now, staleMonths);
}

/**
 * Decides one cell. Confirmed beats everything; then a statutory duty; then the newest evidence of
 * absence or closure; otherwise unknown. History records (superseded, old absence reports) never decide.
 */
export function decideCell(records: readonly Service[], options: CoverageOptions): CoverageCell {
  const staleMonths = options.staleMonths ?? 24;
  const candidates = records
    .filter((s) => !isHistory(s, options.now, staleMonths))
    .map((service) => ({ service, state: stateOf(service) }))
    .filter((c): c is { service: Service; state: CoverageState } => c.state !== undefined);
  const pick = (state: CoverageState) => candidates.filter((c) => c.state === state).map((c) => c.service);
  const confirmed = pick("confirmed");
  const statutory = pick("statutory");
  const negative = candidates
    .filter((c) => c.state === "inactive" || c.state === "reported-absent")
    .sort((a, b) => dateValue(b.service.verified) - dateValue(a.service.verified));
  let state: CoverageState = "unknown";
  let behind: Service[] = [];
  if (confirmed.length > 0) [state, behind] = ["confirmed", confirmed];
  else if (statutory.length > 0) [state, behind] = ["statutory", statutory];
  else if (negative[0]) [state, behind] = [negative[0].state, [negative[0].service]];
  const verified = newest(behind.map((s) => s.verified));
  return {
    state,
    verified,
    // A statutory duty does not age; unknown has no evidence to age.
    stale: state !== "unknown" && state !== "statutory" && isStale(verified, options.now, staleMonths),
    serviceIds: behind.map((s) => s.id),
  };
}

function dateValue(date: string | undefined): number {
  return date ? partialDateEnd(date).getTime() : Number.NEGATIVE_INFINITY;
}

function newest(dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => d !== undefined).sort((a, b) => dateValue(b) - dateValue(a))[0];
}

/** Coverage for one municipality; inter-municipal and national services count for every municipality they serve. */
export function coverageFor(
  services: readonly Service[],
  municipality: string,
  options: CoverageOptions,
): MunicipalityCoverage {
  const byGroup = new Map<OfferGroupId, Service[]>(COVERAGE_GROUPS.map((id) => [id, []]));
  for (const service of services) {
    const group = GROUP_OF_TYPE.get(service.type);
    if (group && serves(service, municipality)) byGroup.get(group)!.push(service);
  }
  return Object.fromEntries(
    COVERAGE_GROUPS.map((id) => [id, decideCell(byGroup.get(id)!, options)]),
  ) as MunicipalityCoverage;
}

/** Coverage for every municipality, by municipality number. */
export function coverageTable(dataset: Pick<Dataset, "municipalities" | "services">, options: CoverageOptions) {
  return new Map(dataset.municipalities.map((m) => [m.number, coverageFor(dataset.services, m.number, options)]));
}

/** National or county progress for one group (or "any" low-threshold offer) against the goal of all municipalities. */
export interface CoverageSummary {
  municipalities: number;
  population: number;
  /** Municipalities and population in each state. */
  byState: Record<CoverageState, { municipalities: number; population: number }>;
  /** Confirmed cells whose evidence is stale (older than the stale limit, or undated). */
  staleConfirmed: number;
  /** Confirmed cells by the age of their newest evidence: within the stale limit, or older/undated. */
  confirmedByAge: {
    recent: { municipalities: number; population: number };
    old: { municipalities: number; population: number };
  };
}

/** The groups that count as a municipal low-threshold offer for the national goal; voluntary offers never do. */
export const LOW_THRESHOLD_GROUPS: readonly OfferGroupId[] = ["rph", "low-threshold-other"];

/**
 * Summarises one group over a set of municipalities. For "any-low-threshold" a municipality counts as
 * confirmed when RPH or another low-threshold offer is confirmed.
 */
export function summarize(
  municipalities: readonly Municipality[],
  table: ReadonlyMap<string, MunicipalityCoverage>,
  group: OfferGroupId | "any-low-threshold",
): CoverageSummary {
  const byState = Object.fromEntries(COVERAGE_STATES.map((s) => [s, { municipalities: 0, population: 0 }])) as Record<
    CoverageState,
    { municipalities: number; population: number }
  >;
  let staleConfirmed = 0;
  const confirmedByAge = { recent: { municipalities: 0, population: 0 }, old: { municipalities: 0, population: 0 } };
  for (const municipality of municipalities) {
    const coverage = table.get(municipality.number);
    if (!coverage) continue;
    const cell = group === "any-low-threshold" ? bestOf(LOW_THRESHOLD_GROUPS.map((g) => coverage[g])) : coverage[group];
    byState[cell.state].municipalities += 1;
    byState[cell.state].population += municipality.population;
    if (cell.state === "confirmed" && cell.stale) staleConfirmed += 1;
    if (cell.state === "confirmed") {
      const age = confirmedByAge[cell.stale ? "old" : "recent"];
      age.municipalities += 1;
      age.population += municipality.population;
    }
  }
  return {
    municipalities: municipalities.length,
    population: municipalities.reduce((sum, m) => sum + m.population, 0),
    byState,
    staleConfirmed,
    confirmedByAge,
  };
}

/**
 * Combines the cells of alternative offers (RPH or another low-threshold offer): the best positive state,
 * newest evidence first; otherwise unknown while any cell is unknown, since "no RPH" says nothing about
 * other offers; only when every cell is negative, the best negative one.
 */
export function bestOf(cells: readonly CoverageCell[]): CoverageCell {
  const positive = cells.filter((c) => c.state === "confirmed" || c.state === "statutory");
  const unknown = cells.filter((c) => c.state === "unknown");
  const pool = positive.length > 0 ? positive : unknown.length > 0 ? unknown : cells;
  return [...pool].sort(
    (a, b) =>
      COVERAGE_STATES.indexOf(a.state) - COVERAGE_STATES.indexOf(b.state) ||
      dateValue(b.verified) - dateValue(a.verified),
  )[0]!;
}
