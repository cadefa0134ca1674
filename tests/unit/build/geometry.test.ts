import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildGeometry, GEOMETRY_MAX_GZIP_BYTES, GEOMETRY_OBJECT } from "../../../src/build/geometry.ts";
import { baseDataDir } from "../../../src/build/paths.ts";
import { MUNICIPALITY_COUNT, REGISTER_NUMBERS } from "../../fixtures/register.ts";

const squares = (): FeatureCollection =>
  JSON.parse(readFileSync(new URL("../../fixtures/build/squares.geojson", import.meta.url), "utf8"));

type Municipalities = FeatureCollection<Polygon | MultiPolygon>;
const municipalities = (topology: Topology): Municipalities =>
  feature(topology, topology.objects[GEOMETRY_OBJECT] as GeometryCollection) as Municipalities;

/** The municipality a point falls in, or undefined. */
const locate = (features: Municipalities, lon: number, lat: number) =>
  features.features.find((f) => booleanPointInPolygon([lon, lat], f as Feature<Polygon | MultiPolygon>))?.id;

/** Planar area of every ring of a feature, so collapsed rings show up as zero. */
const ringAreas = (f: Feature<Polygon | MultiPolygon>) => {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.flat().map((ring) => {
    let area = 0;
    for (let i = 0; i + 1 < ring.length; i += 1)
      area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    return Math.abs(area / 2);
  });
};

/** Arcs between municipalities of different counties, as the app draws county borders. */
const countyBorders = (topology: Topology) =>
  mesh(
    topology,
    topology.objects[GEOMETRY_OBJECT] as GeometryCollection,
    (a, b) => a !== b && String(a.id).slice(0, 2) !== String(b.id).slice(0, 2),
  ) as MultiLineString;

describe("buildGeometry on hand-made squares", () => {
  it("keeps every municipality with only its id, and reports the gzip size", () => {
    const result = buildGeometry(squares(), { maxGzipBytes: 10_000 });
    const geometries = (result.topology.objects[GEOMETRY_OBJECT] as GeometryCollection).geometries;
    expect(Object.keys(result.topology.objects)).toEqual([GEOMETRY_OBJECT]);
    expect(geometries.map((geometry) => geometry.id)).toEqual(["0301", "3201", "3203", "3301"]);
    for (const geometry of geometries) expect(Object.keys(geometry).sort()).toEqual(["arcs", "id", "type"]);
    expect(result.json).toBe(JSON.stringify(result.topology));
    expect(result.gzipBytes).toBe(gzipSync(result.json).length);
    expect(result.topology.transform).toBeDefined();
  });

  it("finds points in the right square after simplification", () => {
    const features = municipalities(buildGeometry(squares(), { maxGzipBytes: 10_000 }).topology);
    expect(locate(features, 10.5, 59.25)).toBe("0301");
    expect(locate(features, 12.5, 59.25)).toBe("3203");
    expect(locate(features, 11.5, 59.8)).toBe("3301");
    expect(locate(features, 13.55, 59.75)).toBe("3301"); // the island
    expect(locate(features, 14, 59)).toBeUndefined();
  });

  it("keeps shared arcs, so county borders can be meshed between municipalities", () => {
    const borders = countyBorders(buildGeometry(squares(), { maxGzipBytes: 10_000 }).topology);
    const points = borders.coordinates.flat();
    expect(points.length).toBeGreaterThan(0);
    // 3201 | 3203 is inside county 32: no county border along lon 12 south of 59.5.
    expect(points.some(([lon, lat]) => Math.abs(lon! - 12) < 0.03 && lat! > 59.05 && lat! < 59.45)).toBe(false);
    // 0301 | 3201 separates counties 03 and 32.
    expect(points.some(([lon, lat]) => Math.abs(lon! - 11) < 0.03 && lat! > 59.05 && lat! < 59.45)).toBe(true);
  });

  it("simplifies to fit a tight target and never lets a ring collapse", () => {
    const loose = buildGeometry(squares(), { maxGzipBytes: 10_000 });
    const tight = buildGeometry(squares(), { maxGzipBytes: loose.gzipBytes, targetGzipBytes: loose.gzipBytes - 40 });
    expect(loose.retainedFraction).toBe(1);
    expect(tight.retainedFraction).toBeLessThan(1);
    expect(tight.gzipBytes).toBeLessThanOrEqual(loose.gzipBytes - 40);
    for (const f of municipalities(tight.topology).features) {
      for (const area of ringAreas(f as Feature<Polygon | MultiPolygon>)) expect(area).toBeGreaterThan(0);
    }
  });

  it("throws a clear error when the budget cannot be met", () => {
    expect(() => buildGeometry(squares(), { maxGzipBytes: 100 })).toThrow(/over the budget of 100/);
  });

  it("accepts TopoJSON input with the object 'Kommuner' as well", async () => {
    const { topology } = await import("topojson-server");
    const fromTopo = buildGeometry(topology({ Kommuner: squares() }), { maxGzipBytes: 10_000 });
    expect((fromTopo.topology.objects[GEOMETRY_OBJECT] as GeometryCollection).geometries).toHaveLength(4);
  });
});

const realFile = resolve(baseDataDir, "geo/kommuner_2024_S.topojson");

describe("buildGeometry on the real Kartverket-derived boundaries (data/base)", () => {
  const input = () => JSON.parse(readFileSync(realFile, "utf8"));
  const result = buildGeometry(input(), { maxGzipBytes: GEOMETRY_MAX_GZIP_BYTES });

  it("keeps every municipality in the register within 60 KB gzipped", () => {
    const geometries = (result!.topology.objects[GEOMETRY_OBJECT] as GeometryCollection).geometries;
    expect(geometries).toHaveLength(MUNICIPALITY_COUNT);
    expect(new Set(geometries.map((geometry) => String(geometry.id)))).toEqual(new Set(REGISTER_NUMBERS));
    expect(result!.gzipBytes).toBeLessThanOrEqual(60_000);
    expect(result!.gzipBytes).toBeGreaterThan(40_000); // uses the budget for detail
    console.log(
      `geometry: ${result!.gzipBytes} bytes gzipped, ${result!.json.length} raw, ${(result!.retainedFraction * 100).toFixed(1)} % of points kept, ${result!.droppedRings} rings dropped`,
    );
  });

  it("gives every municipality and island an area", () => {
    for (const f of municipalities(result!.topology).features) {
      const areas = ringAreas(f as Feature<Polygon | MultiPolygon>);
      expect(areas.length, `kommune ${f.id}`).toBeGreaterThan(0);
      expect(Math.max(...areas), `kommune ${f.id}`).toBeGreaterThan(0);
    }
  });

  it("keeps every ring of the source (no island dropped)", () => {
    const raw = input() as Topology;
    const source = (feature(raw, raw.objects.Kommuner as GeometryCollection) as Municipalities).features;
    expect(result!.droppedRings).toBe(0);
    const count = (features: Feature<Polygon | MultiPolygon>[]) =>
      features.reduce((sum, f) => sum + ringAreas(f).length, 0);
    expect(count(municipalities(result!.topology).features as Feature<Polygon | MultiPolygon>[])).toBe(
      count(source as Feature<Polygon | MultiPolygon>[]),
    );
  });

  it("puts Tromsø, Oslo and Kautokeino where they are", () => {
    const features = municipalities(result!.topology);
    expect(locate(features, 18.955, 69.649)).toBe("5501");
    expect(locate(features, 10.75, 59.91)).toBe("0301");
    expect(locate(features, 23.04, 68.99)).toBe("5612");
  });

  it("draws county borders from shared arcs", () => {
    expect(countyBorders(result!.topology).coordinates.length).toBeGreaterThan(10);
  });
});
