import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { topology } from "topojson-server";
import { describe, expect, it } from "vitest";
import { parseKartverketBoundaries } from "../../../../src/build/importers/kartverket.ts";

const squares = (): FeatureCollection =>
  JSON.parse(readFileSync(new URL("../../../fixtures/build/squares.geojson", import.meta.url), "utf8"));

describe("parseKartverketBoundaries", () => {
  it("reads a GeoJSON FeatureCollection, keyed and sorted by kommunenummer", () => {
    const boundaries = parseKartverketBoundaries(squares());
    expect(boundaries.map((boundary) => boundary.id)).toEqual(["0301", "3201", "3203", "3301"]);
    expect(boundaries[0]!.properties).toEqual({ number: "0301", name: "Oslo" });
    expect(boundaries[3]!.geometry.type).toBe("MultiPolygon");
  });

  it("reads TopoJSON with the object 'Kommuner' and gives the same features", () => {
    const topo = topology({ Kommuner: squares() });
    const fromTopo = parseKartverketBoundaries(topo);
    const fromGeo = parseKartverketBoundaries(squares());
    expect(fromTopo.map((b) => b.properties)).toEqual(fromGeo.map((b) => b.properties));
    // TopoJSON may start a ring at another vertex; the set of vertices is what must survive.
    const vertices = (b: (typeof fromGeo)[number]) =>
      new Set(JSON.stringify(b.geometry.coordinates).match(/\[[\d.]+,[\d.]+\]/g));
    fromTopo.forEach((b, i) => {
      expect(vertices(b)).toEqual(vertices(fromGeo[i]!));
    });
  });

  it("rejects other shapes, missing objects and wrong coordinates, naming the feature", () => {
    expect(() => parseKartverketBoundaries({ type: "Feature" })).toThrow(/Topology or a GeoJSON FeatureCollection/);
    expect(() => parseKartverketBoundaries(topology({ A: squares(), B: squares() }))).toThrow(/no object "Kommuner"/);
    const bad = squares();
    bad.features[1]!.properties = { kommunenummer: 3201 };
    bad.features[2]!.geometry = { type: "Point", coordinates: [12, 59] };
    // A projected (UTM 33) coordinate, as Kartverket delivers by default.
    bad.features[3]!.geometry = {
      type: "Polygon",
      coordinates: [
        [
          [262000, 6650000],
          [263000, 6650000],
          [262000, 6651000],
          [262000, 6650000],
        ],
      ],
    };
    expect(() => parseKartverketBoundaries(bad)).toThrow(ImportErrorMatcher);
    try {
      parseKartverketBoundaries(bad);
    } catch (error) {
      expect((error as { problems: string[] }).problems).toEqual([
        "feature 1: property kommunenummer must be a 4-digit string",
        "feature 2 (kommune 3203): geometry must be a Polygon or MultiPolygon, got Point",
        "feature 3 (kommune 3301): coordinate [262000, 6650000] is not lon/lat in Norway (expected EPSG:4326)",
      ]);
    }
  });

  it("rejects duplicate municipalities", () => {
    const doubled = squares();
    doubled.features.push(doubled.features[0]!);
    expect(() => parseKartverketBoundaries(doubled)).toThrow(/feature 4 \(kommune 0301\): duplicate kommunenummer/);
  });
});

const ImportErrorMatcher = /3 problem\(s\)/;
