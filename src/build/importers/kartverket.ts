/** Reads Kartverket-derived municipality boundaries (TopoJSON or GeoJSON, lon/lat) into validated features. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ImportError, throwIfProblems } from "./import-error.ts";

/** Name of the municipality object in Kartverket-derived TopoJSON files. */
export const KARTVERKET_TOPOJSON_OBJECT = "Kommuner";

/** A municipality boundary: id is the 4-digit kommunenummer. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, { number: string; name: string }> & { id: string };

/** Generous lon/lat box around mainland Norway; coordinates outside it mean a projected (UTM) file. */
const NORWAY_BOX = { minLon: -2, maxLon: 35, minLat: 56, maxLat: 73 };

/** True when the value is a TopoJSON Topology. */
function isTopology(json: unknown): json is Topology {
  return typeof json === "object" && json !== null && (json as { type?: unknown }).type === "Topology";
}

/** True when the value is a GeoJSON FeatureCollection. */
function isFeatureCollection(json: unknown): json is FeatureCollection {
  const value = json as { type?: unknown; features?: unknown };
  return (
    typeof json === "object" && json !== null && value.type === "FeatureCollection" && Array.isArray(value.features)
  );
}

/** Picks the municipality object of a topology: "Kommuner", else the only object. */
function topologyFeatures(topology: Topology, source: string): Feature[] {
  const names = Object.keys(topology.objects ?? {});
  const name = names.includes(KARTVERKET_TOPOJSON_OBJECT)
    ? KARTVERKET_TOPOJSON_OBJECT
    : names.length === 1
      ? names[0]
      : undefined;
  if (name === undefined) {
    throw new ImportError(source, [
      `no object "${KARTVERKET_TOPOJSON_OBJECT}" in the topology (found: ${names.join(", ") || "none"})`,
    ]);
  }
  const object = topology.objects[name]!;
  if (object.type !== "GeometryCollection") {
    throw new ImportError(source, [`object "${name}" is a ${object.type}, expected a GeometryCollection`]);
  }
  return feature(topology, object as GeometryCollection).features;
}

/** Every position of a polygon or multipolygon. */
function positions(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}

/** Parses boundary JSON (TopoJSON with object "Kommuner", or a GeoJSON FeatureCollection) into one feature per municipality. */
export function parseKartverketBoundaries(json: unknown, source = "Kartverket boundaries"): BoundaryFeature[] {
  let features: Feature[];
  if (isTopology(json)) features = topologyFeatures(json, source);
  else if (isFeatureCollection(json)) features = json.features;
  else throw new ImportError(source, ["expected a TopoJSON Topology or a GeoJSON FeatureCollection"]);

  const problems: string[] = [];
  const boundaries: BoundaryFeature[] = [];
  const seen = new Set<string>();
  features.forEach((input, index) => {
    const properties = (input.properties ?? {}) as Record<string, unknown>;
    const number = properties.kommunenummer;
    const where = typeof number === "string" ? `feature ${index} (kommune ${number})` : `feature ${index}`;
    if (typeof number !== "string" || !/^\d{4}$/.test(number)) {
      problems.push(`${where}: property kommunenummer must be a 4-digit string`);
      return;
    }
    const geometry = input.geometry;
    if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) {
      problems.push(`${where}: geometry must be a Polygon or MultiPolygon, got ${geometry?.type ?? "null"}`);
      return;
    }
    const points = positions(geometry);
    if (points.length < 4) {
      problems.push(`${where}: geometry is empty`);
      return;
    }
    const outside = points.find(
      ([lon = Number.NaN, lat = Number.NaN]) =>
        !(lon >= NORWAY_BOX.minLon && lon <= NORWAY_BOX.maxLon && lat >= NORWAY_BOX.minLat && lat <= NORWAY_BOX.maxLat),
    );
    if (outside) {
      problems.push(`${where}: coordinate [${outside.join(", ")}] is not lon/lat in Norway (expected EPSG:4326)`);
      return;
    }
    if (seen.has(number)) {
      problems.push(`${where}: duplicate kommunenummer`);
      return;
    }
    seen.add(number);
    const name = typeof properties.kommunenavn === "string" ? properties.kommunenavn : "";
    boundaries.push({ type: "Feature", id: number, properties: { number, name }, geometry });
  });
  if (boundaries.length === 0 && problems.length === 0) problems.push("no features");
  throwIfProblems(source, problems);
  return boundaries.sort((a, b) => a.id.localeCompare(b.id));
}
