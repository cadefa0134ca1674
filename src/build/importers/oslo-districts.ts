/** Parses Oslo's city districts: `register/oslo_bydeler.csv` (codes, names, websites) and their boundaries (GeoJSON). */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { type District, districtSchema } from "../../domain/schema.ts";
import { parseCsvRecords } from "../csv.ts";
import { throwIfProblems } from "./import-error.ts";

/** Columns the district register must have. */
export const DISTRICT_COLUMNS = ["bydelsnummer", "bydelsnavn", "nettside"] as const;

/** Oslo's municipality number; district codes start with it. */
export const OSLO = "0301";

/** A district boundary: id is the six-digit district code. */
export type DistrictBoundary = Feature<Polygon | MultiPolygon, null> & { id: string };

/** Parses the district register; names lose the "Bydel " prefix so they match services' `area.districts`. */
export function parseDistrictRegister(text: string, source = "oslo_bydeler.csv"): District[] {
  const problems: string[] = [];
  const districts: District[] = [];
  let records: ReturnType<typeof parseCsvRecords>;
  try {
    records = parseCsvRecords(text, DISTRICT_COLUMNS);
  } catch (error) {
    throw new Error(`${source}: ${(error as Error).message}`);
  }
  for (const { line, values } of records) {
    const code = values.bydelsnummer!.trim();
    const website = values.nettside!.trim();
    const parsed = districtSchema.safeParse({
      code,
      name: values.bydelsnavn!.trim().replace(/^Bydel\s+/, ""),
      municipality: code.slice(0, 4),
      ...(website ? { website } : {}),
    });
    if (!parsed.success) {
      problems.push(`line ${line} (bydel ${code || "?"}): ${parsed.error.issues.map((i) => i.message).join("; ")}`);
      continue;
    }
    districts.push(parsed.data);
  }
  if (districts.length === 0 && problems.length === 0) problems.push("no rows");
  throwIfProblems(source, problems);
  return districts.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Reads the district boundaries (bydelsfakta GeoJSON: property `id` "01"–"15") as features whose id is the
 * district code; every listed district must have exactly one boundary.
 */
export function parseDistrictBoundaries(
  json: unknown,
  districts: readonly District[],
  source = "oslo_bydeler.geojson",
): DistrictBoundary[] {
  const problems: string[] = [];
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) throw new Error(`${source}: not a GeoJSON FeatureCollection`);
  const codes = new Set(districts.map((d) => d.code));
  const boundaries: DistrictBoundary[] = [];
  for (const [index, raw] of (features as Feature[]).entries()) {
    const local = String((raw.properties as { id?: unknown } | null)?.id ?? "");
    const code = `${OSLO}${local}`;
    const type = raw.geometry?.type;
    if (!/^\d{2}$/.test(local) || !codes.has(code)) {
      problems.push(`feature ${index}: id "${local}" is not a listed district`);
      continue;
    }
    if (type !== "Polygon" && type !== "MultiPolygon") {
      problems.push(`feature ${index} (${code}): geometry must be a Polygon or MultiPolygon`);
      continue;
    }
    if (boundaries.some((b) => b.id === code)) problems.push(`feature ${index} (${code}): duplicate boundary`);
    boundaries.push({
      type: "Feature",
      id: code,
      properties: null,
      // Drop the third (height) value: the app needs lon/lat only.
      geometry: stripHeights(raw.geometry as Polygon | MultiPolygon),
    });
  }
  for (const code of codes) if (!boundaries.some((b) => b.id === code)) problems.push(`no boundary for ${code}`);
  throwIfProblems(source, problems);
  return boundaries.sort((a, b) => a.id.localeCompare(b.id));
}

function stripHeights(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (positions: number[][]) => positions.map(([x, y]) => [x!, y!]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}
