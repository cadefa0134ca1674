/** Coverage exports built on the device: CSV for spreadsheets, GeoJSON for GIS tools. */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { COVERAGE_GROUPS } from "./coverage.ts";
import type { CoverageRow } from "./coverage-rows.ts";
import { toCsv } from "./csv-write.ts";

export { csvField } from "./csv-write.ts";

/** CSV header: municipality facts, then state and verified date per offer group. */
export const CSV_HEADER: readonly string[] = [
  "municipality_number",
  "municipality",
  "county",
  "population",
  ...COVERAGE_GROUPS.flatMap((group) => [`${group}_state`, `${group}_verified`]),
];

/** The coverage CSV (RFC 4180, CRLF): a header row and one row per municipality. */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  return toCsv([
    CSV_HEADER,
    ...rows.map(({ municipality, county, coverage }) => [
      municipality.number,
      municipality.name,
      county?.name ?? municipality.county,
      municipality.population,
      ...COVERAGE_GROUPS.flatMap((group) => [coverage[group].state, coverage[group].verified]),
    ]),
  ]);
}

/** Properties of one municipality in the GeoJSON export. */
export type CoverageProperties = Record<string, string | number | boolean | null>;

/**
 * Joins coverage onto municipality features (matched by `id` = municipality number). Features without
 * a row are dropped, so the file describes exactly the municipalities of the dataset.
 */
export function coverageGeoJson(
  features: FeatureCollection<Geometry | null>,
  rows: readonly CoverageRow[],
): FeatureCollection<Geometry | null, CoverageProperties> {
  const byNumber = new Map(rows.map((row) => [row.municipality.number, row]));
  const out: Feature<Geometry | null, CoverageProperties>[] = [];
  for (const feature of features.features) {
    const row = byNumber.get(String(feature.id));
    if (!row) continue;
    const properties: CoverageProperties = {
      municipality_number: row.municipality.number,
      municipality: row.municipality.name,
      county: row.county?.name ?? row.municipality.county,
      population: row.municipality.population,
    };
    for (const group of COVERAGE_GROUPS) {
      const cell = row.coverage[group];
      properties[`${group}_state`] = cell.state;
      properties[`${group}_verified`] = cell.verified ?? null;
      properties[`${group}_stale`] = cell.stale;
    }
    out.push({ type: "Feature", id: row.municipality.number, geometry: feature.geometry, properties });
  }
  return { type: "FeatureCollection", features: out };
}
