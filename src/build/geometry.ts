/**
 * The geometry step of the data build: municipality boundaries → one small TopoJSON for the app.
 * Arcs stay shared between neighbours, so the app can draw county borders with topojson-client `mesh`.
 */
import { gzipSync } from "node:zlib";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { quantize } from "topojson-client";
import { topology as buildTopology } from "topojson-server";
import { filter, presimplify, quantile, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { type BoundaryFeature, parseKartverketBoundaries } from "./importers/kartverket.ts";

/** Name of the municipality object in the app's topology. */
export const GEOMETRY_OBJECT = "kommuner";

/** Name of the city-district object (Oslo's bydeler) in the app's topology. */
export const DISTRICT_OBJECT = "bydeler";

/** The app's budget for the gzipped geometry file. */
export const GEOMETRY_MAX_GZIP_BYTES = 60_000;

/** How small the geometry must be. */
export interface GeometryOptions {
  /** Hard limit on the gzipped JSON; the build fails above it. */
  maxGzipBytes: number;
  /** Size to aim for; keeps as much detail as fits under it. Default: 5/6 of the limit. */
  targetGzipBytes?: number;
  /** Grid size for the final quantization (TopoJSON `transform`). Default 10 000 (≈100–150 m in Norway). */
  quantization?: number;
  /** City-district boundaries (id = district code), kept as object "bydeler" at full detail up to the quantization grid. */
  districts?: readonly { id: string; geometry: Polygon | MultiPolygon }[];
}

/** The app's geometry and what it cost. */
export interface GeometryResult {
  topology: Topology;
  json: string;
  gzipBytes: number;
  /** Share of the simplifiable points kept (0–1). */
  retainedFraction: number;
  /** Rings (islands, holes) that collapsed below the quantization grid and were left out. */
  droppedRings: number;
}

/** Our topologies carry no properties; the simplify typings want that said. */
type Topo = Topology<Objects<Record<string, never>>>;
/** A presimplified point: [x, y, weight]. */
type WeightedPoint = [number, number, number];
type Rings = number[][];

/** The polygons (each a list of rings of arc indexes) of a topology geometry. */
function polygonsOf(geometry: { type: string | null; arcs?: unknown }): Rings[] {
  if (geometry.type === "Polygon") return [geometry.arcs as Rings];
  if (geometry.type === "MultiPolygon") return geometry.arcs as Rings[];
  return [];
}

/** The geometries of one object (default: the municipalities) of a topology made here; none when it is absent. */
function geometriesOf(topology: Topo, object = GEOMETRY_OBJECT): GeometryCollection["geometries"] {
  return (topology.objects[object] as GeometryCollection | undefined)?.geometries ?? [];
}

/**
 * Keeps every point of the district boundaries through simplification: they are tiny next to the national
 * threshold and would collapse to triangles, which would put near-me in the wrong district. The final
 * quantization grid still merges points closer than about 150 m.
 */
function protectDistricts(topology: Topo): void {
  const arcs = topology.arcs as unknown as WeightedPoint[][];
  for (const geometry of geometriesOf(topology, DISTRICT_OBJECT)) {
    for (const index of polygonsOf(geometry).flat(2)) {
      for (const point of arcs[index < 0 ? ~index : index]!) point[2] = Number.POSITIVE_INFINITY;
    }
  }
}

/**
 * Gives every ring at least three points that simplification never removes, so no island or
 * municipality collapses to a line: a ring made of one closed arc otherwise keeps only its endpoint.
 */
function protectRings(topology: Topo): void {
  const arcs = topology.arcs as unknown as WeightedPoint[][];
  for (const geometry of geometriesOf(topology)) {
    for (const ring of polygonsOf(geometry).flat()) {
      const ringArcs = ring.map((index) => arcs[index < 0 ? ~index : index]!);
      const kept = new Set<string>();
      const candidates: WeightedPoint[] = [];
      for (const arc of ringArcs) {
        for (const point of arc) {
          if (point[2] === Number.POSITIVE_INFINITY) kept.add(`${point[0]},${point[1]}`);
          else candidates.push(point);
        }
      }
      candidates.sort((a, b) => b[2] - a[2]);
      for (const point of candidates) {
        if (kept.size >= 3) break;
        const key = `${point[0]},${point[1]}`;
        if (kept.has(key)) continue;
        point[2] = Number.POSITIVE_INFINITY;
        kept.add(key);
      }
    }
  }
}

/** Absolute integer coordinates of each arc of a quantized (delta-encoded) topology. */
function decodeArcs(topology: Topo): [number, number][][] {
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]): [number, number] => {
      x += dx;
      y += dy;
      return [x, y];
    });
  });
}

/** Twice the signed area of a ring on the integer grid (exact). */
function ringArea2(ring: number[], arcs: [number, number][][]): number {
  const points: [number, number][] = [];
  for (const index of ring) {
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    points.push(...(points.length > 0 ? arc.slice(1) : arc));
  }
  let area = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    area += points[i]![0] * points[i + 1]![1] - points[i + 1]![0] * points[i]![1];
  }
  return area;
}

/** Leaves out rings with no area on the grid, but always keeps each municipality's largest polygon. */
function dropCollapsedRings(topology: Topo): { topology: Topo; dropped: number } {
  const arcs = decodeArcs(topology);
  const drop = new Set<number[]>();
  for (const geometry of [...geometriesOf(topology), ...geometriesOf(topology, DISTRICT_OBJECT)]) {
    const polygons = polygonsOf(geometry);
    const areas = polygons.map((rings) => Math.abs(ringArea2(rings[0]!, arcs)));
    const largest = areas.indexOf(Math.max(...areas));
    if (!(areas[largest]! > 0)) {
      throw new Error(`geometry: area ${geometry.id} has no area left after simplification`);
    }
    polygons.forEach((rings, index) => {
      if (index !== largest && areas[index] === 0) drop.add(rings[0]!);
      for (const hole of rings.slice(1)) if (ringArea2(hole, arcs) === 0) drop.add(hole);
    });
  }
  if (drop.size === 0) return { topology, dropped: 0 };
  // The typings call a ring a list of positions; topojson-simplify passes the ring's arc indexes.
  const filtered = filter(topology, (ring) => !drop.has(ring as unknown as number[])) as Topo;
  return { topology: filtered, dropped: drop.size };
}

/** One candidate: simplify to a weight, quantize, clean, serialize, measure. */
function render(presimplified: Topo, minWeight: number, quantization: number, ids: readonly string[]) {
  const quantized = quantize(simplify(presimplified, minWeight), quantization) as Topo;
  const { topology, dropped } = dropCollapsedRings(quantized);
  const geometries = geometriesOf(topology);
  if (geometries.length !== ids.length || geometries.some((geometry, i) => geometry.id !== ids[i])) {
    throw new Error("geometry: a municipality went missing during simplification");
  }
  const json = JSON.stringify(topology);
  return { topology, json, gzipBytes: gzipSync(json).length, droppedRings: dropped };
}

/** Boundaries as a feature collection whose features carry only `id` (saves bytes). */
function toBareFeatures(
  boundaries: readonly { id: string; geometry: Polygon | MultiPolygon }[],
): FeatureCollection<Polygon | MultiPolygon, null> {
  return {
    type: "FeatureCollection",
    features: boundaries.map((boundary) => ({
      type: "Feature",
      id: boundary.id,
      properties: null,
      geometry: boundary.geometry,
    })),
  };
}

/**
 * Builds the app's geometry from boundary JSON (TopoJSON / GeoJSON, see kartverket.ts) or parsed boundaries:
 * one object `kommuner`, geometries with only `id`, simplified keeping topology, under the gzip budget.
 */
export function buildGeometry(input: unknown, options: GeometryOptions): GeometryResult {
  const boundaries = Array.isArray(input) ? (input as BoundaryFeature[]) : parseKartverketBoundaries(input);
  const ids = boundaries.map((boundary) => boundary.id);
  const quantization = options.quantization ?? 10_000;
  const target = Math.min(options.targetGzipBytes ?? Math.round((options.maxGzipBytes * 5) / 6), options.maxGzipBytes);

  // Pre-quantize finely: it snaps neighbours' nearly equal vertices so their borders become shared arcs.
  const objects: Record<string, FeatureCollection<Polygon | MultiPolygon, null>> = {
    [GEOMETRY_OBJECT]: toBareFeatures(boundaries),
  };
  if (options.districts?.length) objects[DISTRICT_OBJECT] = toBareFeatures(options.districts);
  const topology = buildTopology(objects, 1e6);
  const presimplified = presimplify(topology as Topo, sphericalTriangleArea);
  protectRings(presimplified);
  protectDistricts(presimplified);

  // Coarsest possible: only arc endpoints and the protected points.
  const coarsest = render(presimplified, Number.POSITIVE_INFINITY, quantization, ids);
  if (coarsest.gzipBytes > options.maxGzipBytes) {
    throw new Error(
      `geometry: even fully simplified the topology is ${coarsest.gzipBytes} bytes gzipped, over the budget of ${options.maxGzipBytes}; lower the quantization or raise the budget`,
    );
  }
  const full = render(presimplified, 0, quantization, ids);
  if (full.gzipBytes <= target) return { ...full, retainedFraction: 1 };

  // Binary search for the most detail that fits the target; size grows with the share of points kept.
  let best = { ...coarsest, retainedFraction: 0 };
  let low = 0;
  let high = 1;
  for (let step = 0; step < 12; step += 1) {
    const fraction = (low + high) / 2;
    const candidate = render(presimplified, quantile(presimplified, fraction), quantization, ids);
    if (candidate.gzipBytes <= target) {
      best = { ...candidate, retainedFraction: fraction };
      low = fraction;
    } else {
      high = fraction;
    }
  }
  return best;
}
