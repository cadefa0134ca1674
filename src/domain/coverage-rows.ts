/** Rows of the coverage table: one per municipality, with filtering and sorting that the table, map list and exports share. */
import {
  bestOf,
  COVERAGE_GROUPS,
  type CoverageCell,
  type CoverageState,
  LOW_THRESHOLD_GROUPS,
  type MunicipalityCoverage,
} from "./coverage.ts";
import type { OfferGroupId } from "./offers.ts";
import type { County, Dataset, Municipality } from "./schema.ts";
import { fold } from "./text.ts";

/** What coverage is shown for: one offer group, or any low-threshold offer (the national goal). */
export type CoverageChoice = OfferGroupId | "any-low-threshold";

/** Every choice, the goal first. */
export const COVERAGE_CHOICES: readonly CoverageChoice[] = ["any-low-threshold", ...COVERAGE_GROUPS];

/** One municipality with its county and coverage. */
export interface CoverageRow {
  municipality: Municipality;
  county?: County;
  coverage: MunicipalityCoverage;
}

/** The cell that answers a choice; for the goal the best of the low-threshold groups. */
export function cellFor(coverage: MunicipalityCoverage, choice: CoverageChoice): CoverageCell {
  return choice === "any-low-threshold" ? bestOf(LOW_THRESHOLD_GROUPS.map((g) => coverage[g])) : coverage[choice];
}

/** One row per municipality in the dataset, in dataset order. */
export function coverageRows(
  dataset: Pick<Dataset, "municipalities" | "counties">,
  table: ReadonlyMap<string, MunicipalityCoverage>,
): CoverageRow[] {
  const counties = new Map(dataset.counties.map((c) => [c.number, c]));
  return dataset.municipalities.flatMap((municipality) => {
    const coverage = table.get(municipality.number);
    return coverage ? [{ municipality, county: counties.get(municipality.county), coverage }] : [];
  });
}

/** A state filter: one state, or "stale" for any cell whose evidence is old, or "gap" for anything but confirmed. */
export type StateFilter = CoverageState | "stale" | "gap";

/** Table filters; empty values mean "all". */
export interface RowFilter {
  choice: CoverageChoice;
  county?: string;
  state?: StateFilter;
  query?: string;
}

/** True when the cell matches a state filter. */
export function matchesState(cell: CoverageCell, state: StateFilter | undefined): boolean {
  if (!state) return true;
  if (state === "stale") return cell.stale;
  if (state === "gap") return cell.state !== "confirmed";
  return cell.state === state;
}

/** The rows that pass the filters; the name filter folds æøå, diacritics and Sami letters like search does. */
export function filterRows(rows: readonly CoverageRow[], filter: RowFilter): CoverageRow[] {
  const query = fold(filter.query ?? "");
  return rows.filter(
    (row) =>
      (!filter.county || row.municipality.county === filter.county) &&
      matchesState(cellFor(row.coverage, filter.choice), filter.state) &&
      (!query ||
        row.municipality.number.startsWith(query) ||
        row.municipality.names.some((name) => fold(name).includes(query))),
  );
}

/** A sortable column: name, number, county, population, or the state of one choice. */
export type SortKey = "name" | "number" | "county" | "population" | CoverageChoice;

/** Sort order. */
export type SortDirection = "ascending" | "descending";

/**
 * Sorts rows (a new array). Names compare with the given collator (Norwegian: æ, ø, å last); states
 * compare best first; ties fall back to the name so the order is stable and predictable.
 */
export function sortRows(
  rows: readonly CoverageRow[],
  key: SortKey,
  direction: SortDirection,
  collator: Intl.Collator,
): CoverageRow[] {
  const byName = (a: CoverageRow, b: CoverageRow) =>
    collator.compare(a.municipality.nameNorwegian, b.municipality.nameNorwegian);
  const primary = (a: CoverageRow, b: CoverageRow): number => {
    switch (key) {
      case "name":
        return byName(a, b);
      case "number":
        return a.municipality.number < b.municipality.number
          ? -1
          : a.municipality.number > b.municipality.number
            ? 1
            : 0;
      case "county":
        return collator.compare(a.county?.shortName ?? "", b.county?.shortName ?? "");
      case "population":
        return a.municipality.population - b.municipality.population;
      default:
        return stateRank(cellFor(a.coverage, key)) - stateRank(cellFor(b.coverage, key));
    }
  };
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || byName(a, b));
}

const STATE_ORDER: readonly CoverageState[] = ["confirmed", "statutory", "inactive", "reported-absent", "unknown"];

/** Rank of a state, best first; stale evidence ranks just after fresh evidence of the same state. */
function stateRank(cell: CoverageCell): number {
  return STATE_ORDER.indexOf(cell.state) * 2 + (cell.stale ? 1 : 0);
}
