import { readFileSync } from "node:fs";
import { join } from "node:path";
import { topology } from "topojson-server";
import { describe, expect, it } from "vitest";
import { parseDistrictBoundaries, parseDistrictRegister } from "../../../src/build/importers/oslo-districts.ts";
import { curatedDataDir } from "../../../src/build/paths.ts";
import { findDistrict, servicesForDistrict } from "../../../src/domain/districts.ts";
import { parseFilters, serializeFilters } from "../../../src/domain/filters.ts";
import { createDistrictLocator, SENTRUM_SERVED_BY } from "../../../src/domain/locate-district.ts";
import type { District, Service } from "../../../src/domain/schema.ts";
import { buildSearchIndex, search } from "../../../src/domain/search.ts";
import { makeService } from "../../fixtures/dataset.ts";

const base = (path: string) => readFileSync(join(curatedDataDir, "base", path), "utf8");
const districts = parseDistrictRegister(base("register/oslo_bydeler.csv"));
const boundaries = parseDistrictBoundaries(JSON.parse(base("geo/oslo_bydeler.geojson")), districts);
// Built like the app's geometry object "bydeler" (ids = district codes), from the repository's copy.
const locator = createDistrictLocator(
  topology({ bydeler: { type: "FeatureCollection", features: boundaries } } as never, 1e6),
);

describe("district register", () => {
  it("has Oslo's 15 districts with names as services write them and websites only where sourced", () => {
    expect(districts).toHaveLength(15);
    expect(districts[1]).toEqual({ code: "030102", name: "Grünerløkka", municipality: "0301" });
    expect(districts.find((d) => d.code === "030103")?.website).toBe(
      "https://www.oslo.kommune.no/bydeler/bydel-sagene/",
    );
    expect(districts.filter((d) => d.website).map((d) => d.name)).toEqual([
      "Sagene",
      "Frogner",
      "Bjerke",
      "Grorud",
      "Alna",
    ]);
  });
});

describe("district lookup", () => {
  it("finds the district whose polygon holds the point", () => {
    expect(locator.locate(59.9226, 10.7579)).toEqual({ kind: "inside", code: "030102" }); // Olaf Ryes plass
    expect(locator.locate(59.8356, 10.7972)).toEqual({ kind: "inside", code: "030115" }); // Holmlia
    expect(locator.locate(59.905, 10.68)).toEqual({ kind: "inside", code: "030105" }); // Bygdøy
  });

  it("puts Sentrum, in no polygon, in St. Hanshaugen as the register's note says", () => {
    expect(SENTRUM_SERVED_BY).toBe("030104");
    for (const [latitude, longitude] of [
      [59.9111, 10.7528], // Oslo S
      [59.9133, 10.74], // Stortinget
      [59.9127, 10.7467], // Domkirken
    ] as const) {
      expect(locator.locate(latitude, longitude)).toEqual({ kind: "sentrum", code: "030104" });
    }
  });

  it("leaves Marka without a district: six districts serve parts of it and the sources do not say which spot", () => {
    expect(locator.locate(60.0586, 10.6861)).toEqual({ kind: "none" }); // Kikut, Nordmarka
    expect(locator.locate(59.9736, 10.7302)).toEqual({ kind: "none" }); // Sognsvann
    expect(locator.locate(59.8986, 10.9266)).toEqual({ kind: "none" }); // Mariholtet, Østmarka
    expect(locator.locate(59.958, 10.806)).toEqual({ kind: "none" }); // Grefsenkollen
  });

  it("answers none for a topology without districts", () => {
    expect(createDistrictLocator({ type: "Topology", objects: {}, arcs: [] }).locate(59.91, 10.75)).toEqual({
      kind: "none",
    });
  });
});

const service = (id: string, districtNames?: string[]): Service =>
  makeService({
    id,
    name: id,
    referral: "not-needed",
    cost: "free",
    area: { municipalities: ["0301"], ...(districtNames ? { districts: districtNames } : {}) },
    verified: "2026-01",
  });

describe("offers for a district", () => {
  const alna = service("alna", ["Alna"]);
  const west = service("west", ["Frogner", "Vestre Aker", "Ullern"]);
  const hanshaugen = service("hanshaugen", ["St.Hanshaugen"]);
  const cityWide = service("city");
  const all = [alna, west, hanshaugen, cityWide];
  const byCode = (code: string) => findDistrict(districts, "0301", code) as District;

  it("keeps the district's own offers and city-wide ones, nothing from other districts", () => {
    expect(servicesForDistrict(all, byCode("030112")).map((s) => s.id)).toEqual(["alna", "city"]);
    expect(servicesForDistrict(all, byCode("030106")).map((s) => s.id)).toEqual(["west", "city"]);
    expect(servicesForDistrict(all, byCode("030102")).map((s) => s.id)).toEqual(["city"]);
  });

  it("matches names written with or without the space (St.Hanshaugen)", () => {
    expect(servicesForDistrict(all, byCode("030104")).map((s) => s.id)).toEqual(["hanshaugen", "city"]);
  });

  it("keeps everything when no district is chosen, and ignores another municipality's code", () => {
    expect(servicesForDistrict(all, undefined)).toHaveLength(4);
    expect(findDistrict(districts, "4601", "030102")).toBeUndefined();
    expect(findDistrict(districts, "0301", "039999")).toBeUndefined();
  });

  it("the chosen district travels in the link and is not counted as a filter", () => {
    expect(parseFilters("#/kommune/0301?bydel=030102").district).toBe("030102");
    expect(parseFilters("#/kommune/0301?bydel=grunerlokka").district).toBeUndefined();
    expect(serializeFilters({ noReferral: true, openNow: false, district: "030102" })).toBe(
      "bydel=030102&uten-henvisning=1",
    );
  });
});

describe("search finds districts", () => {
  const oslo = {
    number: "0301",
    name: "Oslo",
    nameNorwegian: "Oslo",
    names: ["Oslo"],
    county: "03",
    population: 717710,
  };
  const index = buildSearchIndex({ municipalities: [oslo], postalCodes: [], services: [], districts });
  it.each([
    ["Grünerløkka", "030102"],
    ["grunerlokka", "030102"],
    ["Søndre Nordstrand", "030115"],
    ["sondre nordstrand", "030115"],
    ["bydel alna", "030112"],
  ])("%s opens Oslo with the district chosen", (query, code) => {
    const hit = search(index, query)[0];
    expect(hit).toMatchObject({ kind: "district", district: { code }, municipality: { number: "0301" } });
  });
});
