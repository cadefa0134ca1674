import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { createLocator, locate } from "../../../src/domain/locate.ts";

// Two hand-made unquantized squares side by side (lon 10–11 and 11–12, lat 60–61) sharing one arc,
// plus an island municipality made of two polygons.
const topology: Topology = {
  type: "Topology",
  arcs: [
    [
      [11, 60],
      [11, 61],
    ],
    [
      [11, 61],
      [10, 61],
      [10, 60],
      [11, 60],
    ],
    [
      [11, 60],
      [12, 60],
      [12, 61],
      [11, 61],
    ],
    [
      [5, 62],
      [5.1, 62],
      [5.1, 62.1],
      [5, 62.1],
      [5, 62],
    ],
    [
      [5.3, 62],
      [5.4, 62],
      [5.4, 62.1],
      [5.3, 62.1],
      [5.3, 62],
    ],
  ],
  objects: {
    kommuner: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", id: "0001", arcs: [[0, 1]] },
        { type: "Polygon", id: "0002", arcs: [[2, -1]] },
        { type: "MultiPolygon", id: "0003", arcs: [[[3]], [[4]]] },
      ],
    },
  },
};

describe("locate", () => {
  it("finds the polygon a point is inside", () => {
    expect(locate(topology, 60.5, 10.5)).toEqual({ kind: "inside", number: "0001" });
    expect(locate(topology, 60.5, 11.5)).toEqual({ kind: "inside", number: "0002" });
  });

  it("finds the second polygon of a multipolygon", () => {
    expect(locate(topology, 62.05, 5.35)).toEqual({ kind: "inside", number: "0003" });
  });

  it("picks the nearest municipality for a point just offshore (within 2 km)", () => {
    // 0.01° of latitude ≈ 1.1 km north of the squares.
    const result = locate(topology, 61.01, 10.5);
    expect(result.kind).toBe("near");
    expect(result.kind === "near" && result.number).toBe("0001");
    expect(result.kind === "near" && result.distanceKm).toBeCloseTo(1.11, 1);
  });

  it("picks the closer of two near polygons", () => {
    // Between the island's two parts, nearer the eastern one: 0.01° of longitude at 62° ≈ 0.52 km.
    const result = locate(topology, 62.05, 5.29);
    expect(result).toMatchObject({ kind: "near", number: "0003" });
  });

  it("says outside when far from every polygon", () => {
    expect(locate(topology, 59.33, 18.07)).toEqual({ kind: "outside" });
    expect(locate(topology, 61.05, 10.5)).toEqual({ kind: "outside" });
  });

  it("reuses one prepared locator for many positions", () => {
    const locator = createLocator(topology);
    expect(locator.locate(60.1, 10.1)).toEqual({ kind: "inside", number: "0001" });
    expect(locator.locate(60.9, 11.9)).toEqual({ kind: "inside", number: "0002" });
  });

  it("rejects a topology without the municipality object", () => {
    expect(() => createLocator({ type: "Topology", arcs: [], objects: {} })).toThrow();
  });
});
