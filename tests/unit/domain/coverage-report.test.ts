import { describe, expect, it } from "vitest";
import { coverageTable } from "../../../src/domain/coverage.ts";
import { CSV_HEADER, coverageCsv, coverageGeoJson, csvField } from "../../../src/domain/coverage-export.ts";
import { cellFor, coverageRows, filterRows, sortRows } from "../../../src/domain/coverage-rows.ts";
import { countySummaries, findGaps, freshness } from "../../../src/domain/coverage-stats.ts";
import type { County, Municipality, Service } from "../../../src/domain/schema.ts";
import { norwegianCollator } from "../../../src/domain/text.ts";
import { makeService } from "../../fixtures/dataset.ts";

const now = new Date("2026-06-01T00:00:00Z");
const municipality = (number: string, name: string, population: number): Municipality => ({
  number,
  name,
  names: [name],
  nameNorwegian: name,
  county: number.slice(0, 2),
  population,
});
const municipalities = [
  municipality("5501", "Tromsø", 78000),
  municipality("5503", "Harstad", 25000),
  municipality("5612", "Kautokeino", 2900),
  municipality("0301", "Oslo", 717000),
  municipality("3201", "Bærum", 130000),
  municipality("3301", "Drammen", 103000),
  municipality("1508", "Ålesund", 68000),
];
const counties: County[] = [
  { number: "03", name: "Oslo", shortName: "Oslo" },
  { number: "32", name: "Akershus", shortName: "Akershus" },
  { number: "33", name: "Buskerud", shortName: "Buskerud" },
  { number: "15", name: "Møre og Romsdal", shortName: "Møre og Romsdal" },
  { number: "55", name: "Troms - Romsa - Tromssa", shortName: "Troms" },
  { number: "56", name: "Finnmark - Finnmárku - Finmarkku", shortName: "Finnmark" },
];
const service = (id: string, overrides: Partial<Service>): Service =>
  makeService({
    id,
    name: id,
    referral: "not-needed",
    cost: "free",
    area: { municipalities: [] },
    verified: "2026-01",
    ...overrides,
  });
const services = [
  service("rph-tromso", { area: { municipalities: ["5501"] } }),
  service("rph-harstad-old", { area: { municipalities: ["5503"] }, verified: "2020" }),
  service("rph-kautokeino", { area: { municipalities: ["5612"] }, status: "reported-absent" }),
  service("rph-oslo-closed", { area: { municipalities: ["0301"] }, status: "inactive" }),
  service("rph-oslo-history", { area: { municipalities: ["0301"] }, supersededBy: "rph-oslo-closed" }),
  service("lto-baerum", { type: "low-threshold-other", area: { municipalities: ["3201"] } }),
  service("school", { type: "school-health", statutory: true, area: { national: true, municipalities: [] } }),
];
const dataset = { municipalities, counties, services };
const table = coverageTable(dataset, { now });
const rows = coverageRows(dataset, table);

describe("coverage rows", () => {
  it("one row per municipality with its county", () => {
    expect(rows).toHaveLength(7);
    expect(rows[0]?.county?.shortName).toBe("Troms");
  });

  it("the goal counts RPH or another low-threshold offer", () => {
    const baerum = rows.find((r) => r.municipality.number === "3201")!;
    expect(cellFor(baerum.coverage, "rph").state).toBe("unknown");
    expect(cellFor(baerum.coverage, "any-low-threshold").state).toBe("confirmed");
  });

  it("filters by county, state and folded name", () => {
    const names = (list: typeof rows) => list.map((r) => r.municipality.nameNorwegian);
    expect(names(filterRows(rows, { choice: "rph", county: "55" }))).toEqual(["Tromsø", "Harstad"]);
    expect(names(filterRows(rows, { choice: "rph", state: "reported-absent" }))).toEqual(["Kautokeino"]);
    expect(names(filterRows(rows, { choice: "rph", state: "stale" }))).toEqual(["Harstad"]);
    expect(names(filterRows(rows, { choice: "rph", query: "aalesund" }))).toEqual(["Ålesund"]);
    expect(names(filterRows(rows, { choice: "rph", query: "baerum" }))).toEqual(["Bærum"]);
    expect(filterRows(rows, { choice: "rph", state: "gap" })).toHaveLength(5);
  });

  it("sorts names the Norwegian way, æ ø å last", () => {
    const sorted = sortRows(rows, "name", "ascending", norwegianCollator()).map((r) => r.municipality.nameNorwegian);
    expect(sorted).toEqual(["Bærum", "Drammen", "Harstad", "Kautokeino", "Oslo", "Tromsø", "Ålesund"]);
    expect(sortRows(rows, "name", "descending", norwegianCollator())[0]?.municipality.nameNorwegian).toBe("Ålesund");
  });

  it("sorts by state best first, fresh before stale, ties by name", () => {
    const sorted = sortRows(rows, "rph", "ascending", norwegianCollator()).map((r) => r.municipality.nameNorwegian);
    expect(sorted.slice(0, 4)).toEqual(["Tromsø", "Harstad", "Oslo", "Kautokeino"]);
    expect(sorted.slice(4)).toEqual(["Bærum", "Drammen", "Ålesund"]);
  });

  it("sorts by population numerically", () => {
    const sorted = sortRows(rows, "population", "descending", norwegianCollator());
    expect(sorted[0]?.municipality.nameNorwegian).toBe("Oslo");
    expect(sorted.at(-1)?.municipality.nameNorwegian).toBe("Kautokeino");
  });
});

describe("coverage figures", () => {
  it("keeps unknown apart from reported absent and closed", () => {
    const gaps = findGaps(municipalities, table, "rph");
    expect(gaps.reportedAbsent.map((m) => m.number)).toEqual(["5612"]);
    expect(gaps.inactive.map((m) => m.number)).toEqual(["0301"]);
    expect(gaps.unknown.map((m) => m.number)).toEqual(["3201", "3301", "1508"]);
    expect(findGaps(municipalities, table, "youth").statutory).toHaveLength(7);
  });

  it("summarises per county", () => {
    const troms = countySummaries(dataset, table, "rph").find((c) => c.county.number === "55")!;
    expect(troms.summary.byState.confirmed.municipalities).toBe(2);
    expect(troms.summary.staleConfirmed).toBe(1);
  });

  it("freshness counts current, non-statutory evidence only", () => {
    const result = freshness(services, now);
    expect(result.total).toBe(5);
    expect(result.staleIds).toEqual(["rph-harstad-old"]);
  });
});

describe("coverage exports", () => {
  it("CSV has a header and one row per municipality, CRLF", () => {
    const csv = coverageCsv(rows);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    expect(lines[0]).toMatch(/^municipality_number,municipality,county,population,rph_state,rph_verified,/);
    expect(lines[1]).toBe(
      "5501,Tromsø,Troms - Romsa - Tromssa,78000,confirmed,2026-01,unknown,,statutory,2026-01,unknown,,unknown,,unknown,",
    );
  });

  it("quotes fields and defuses formulas", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("=cmd()")).toBe("'=cmd()");
    expect(csvField(undefined)).toBe("");
    expect(csvField(42)).toBe("42");
  });

  it("GeoJSON joins coverage onto features by municipality number", () => {
    const geo = coverageGeoJson(
      {
        type: "FeatureCollection",
        features: [
          { type: "Feature", id: "5501", properties: {}, geometry: { type: "Point", coordinates: [18.9, 69.6] } },
          { type: "Feature", id: "9999", properties: {}, geometry: null },
        ],
      },
      rows,
    );
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]?.properties).toMatchObject({
      municipality_number: "5501",
      rph_state: "confirmed",
      rph_verified: "2026-01",
      rph_stale: false,
      student_verified: null,
    });
  });
});
