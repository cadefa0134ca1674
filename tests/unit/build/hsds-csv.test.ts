// The HSDS CSV files are opened in spreadsheets by planners: text copied from a source must never run as a formula.
import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "../../../src/build/csv.ts";
import { toHsds } from "../../../src/build/hsds.ts";
import { type Dataset, SCHEMA_VERSION } from "../../../src/domain/schema.ts";
import { makeService } from "../../fixtures/dataset.ts";

const hostile: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  version: "csvtestcsvte",
  builtAt: "2025-06-01T00:00:00.000Z",
  counties: [{ number: "03", name: "Oslo", shortName: "=Oslo" }],
  municipalities: [
    { number: "0301", name: "@Oslo", nameNorwegian: "Oslo", names: ["Oslo"], county: "03", population: 700000 },
  ],
  districts: [],
  holidays: [],
  attribution: [],
  services: [
    makeService({
      id: "rph-oslo",
      name: "+Rask psykisk helsehjelp",
      referral: "not-needed",
      cost: "free",
      source: { urls: ['=HYPERLINK("https://example.test/x","Klikk her")'], dateText: "=cmd|' /C calc'!A0" },
      verified: "2024-05-01",
    }),
  ],
};

describe("HSDS CSV files", () => {
  const out = toHsds(hostile);

  it("sources.csv defuses a formula in a source URL and in the source's date text", () => {
    const [row] = parseCsvRecords(out.sourcesCsv);
    expect(row!.values.kilde_url).toBe(`'=HYPERLINK("https://example.test/x","Klikk her")`);
    expect(row!.values.kilde_dato).toBe("'=cmd|' /C calc'!A0");
    expect(row!.values.navn).toBe("'+Rask psykisk helsehjelp");
    expect(row!.values.verifisert).toBe("2024-05-01");
  });

  it("coverage.csv defuses formulas in municipality and county names", () => {
    const [row] = parseCsvRecords(out.coverageCsv);
    expect(row!.values).toMatchObject({ kommunenummer: "0301", kommunenavn: "'@Oslo", fylke: "'=Oslo" });
  });
});
