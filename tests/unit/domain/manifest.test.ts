import { describe, expect, it } from "vitest";
import { DatasetRejected } from "../../../src/domain/dataset-rejected.ts";
import { readManifest } from "../../../src/domain/manifest.ts";
import { manifestSchema, SCHEMA_VERSION } from "../../../src/domain/schema.ts";

const HASH = "a".repeat(64);
const good = () => ({
  schemaVersion: SCHEMA_VERSION,
  version: "0123456789abcdef",
  builtAt: "2026-11-23T10:00:00.000Z",
  dataset: { url: "data/dataset-0123456789abcdef.json", sha256: HASH, bytes: 562130 },
  geometry: { url: "data/geometry-fedcba9876543210.json", sha256: HASH.replace(/a/g, "b"), bytes: 166857 },
  search: { url: "data/search-0011223344556677.json", sha256: HASH, bytes: 45406 },
  counts: { municipalities: 357 },
  attribution: [],
});

describe("readManifest", () => {
  it("reads what the data build writes, keeping what the app uses", () => {
    const manifest = good();
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    expect(readManifest(manifest)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      version: manifest.version,
      builtAt: manifest.builtAt,
      dataset: manifest.dataset,
      geometry: manifest.geometry,
      search: manifest.search,
    });
  });

  const broken: [string, (m: ReturnType<typeof good>) => unknown][] = [
    ["not an object", () => "manifest"],
    ["null", () => null],
    ["an array", () => []],
    ["another format", (m) => ({ ...m, schemaVersion: SCHEMA_VERSION - 1 })],
    ["a short version", (m) => ({ ...m, version: "abc" })],
    ["a numeric version", (m) => ({ ...m, version: 12345678 })],
    ["no builtAt", (m) => ({ ...m, builtAt: undefined })],
    ["no dataset", (m) => ({ ...m, dataset: undefined })],
    ["a dataset elsewhere", (m) => ({ ...m, dataset: { ...m.dataset, url: "https://example.org/data/x.json" } })],
    ["a dataset outside data/", (m) => ({ ...m, dataset: { ...m.dataset, url: "data/../sw.js" } })],
    ["a short hash", (m) => ({ ...m, dataset: { ...m.dataset, sha256: HASH.slice(1) } })],
    ["an upper-case hash", (m) => ({ ...m, geometry: { ...m.geometry, sha256: HASH.toUpperCase() } })],
    ["a size as text", (m) => ({ ...m, geometry: { ...m.geometry, bytes: "166857" } })],
    ["a negative size", (m) => ({ ...m, geometry: { ...m.geometry, bytes: -1 } })],
    ["a fractional size", (m) => ({ ...m, dataset: { ...m.dataset, bytes: 1.5 } })],
    ["a search index with a bad hash", (m) => ({ ...m, search: { ...m.search, sha256: "0" } })],
  ];
  for (const [what, make] of broken) {
    it(`refuses a manifest with ${what}`, () => {
      expect(() => readManifest(make(good()))).toThrow(DatasetRejected);
    });
  }
});
