import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../../../src/build/importers/import-error.ts";
import {
  KLASS_COUNTIES,
  KLASS_MUNICIPALITIES,
  klassCodesAtUrl,
  parseKlassCodes,
  splitOfficialName,
} from "../../../../src/build/importers/ssb-classification.ts";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/build/${name}`, import.meta.url), "utf8"));

describe("klassCodesAtUrl", () => {
  it("builds the official codesAt URL", () => {
    expect(klassCodesAtUrl(KLASS_MUNICIPALITIES, "2024-01-01")).toBe(
      "https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01",
    );
    expect(klassCodesAtUrl(KLASS_COUNTIES, "2025-06-30")).toBe(
      "https://data.ssb.no/api/klass/v1/classifications/104/codesAt?date=2025-06-30",
    );
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() => klassCodesAtUrl(131, "2024-1-1")).toThrow(/YYYY-MM-DD/);
  });
});

describe("splitOfficialName", () => {
  it("splits the official forms on ' - ' but not on a plain hyphen", () => {
    expect(splitOfficialName("Porsanger - Porsáŋgu - Porsanki")).toEqual(["Porsanger", "Porsáŋgu", "Porsanki"]);
    expect(splitOfficialName("Nord-Fron")).toEqual(["Nord-Fron"]);
  });
});

describe("parseKlassCodes", () => {
  it("parses municipalities, sorted, with names and county, skipping SSB's 9999 'Uoppgitt'", () => {
    expect(parseKlassCodes(fixture("klass-131.json"), 4)).toEqual([
      { number: "0301", name: "Oslo", names: ["Oslo"], county: "03" },
      { number: "5501", name: "Tromsø", names: ["Tromsø"], county: "55" },
      { number: "5628", name: "Deatnu - Tana", names: ["Deatnu", "Tana"], county: "56" },
    ]);
  });

  it("parses counties", () => {
    const counties = parseKlassCodes(fixture("klass-104.json"), 2);
    expect(counties.map((county) => county.number)).toEqual(["03", "55", "56"]);
    expect(counties[1]).toEqual({
      number: "55",
      name: "Troms - Romsa - Tromssa",
      names: ["Troms", "Romsa", "Tromssa"],
      county: "55",
    });
  });

  it("rejects a body without a codes array", () => {
    expect(() => parseKlassCodes({ classificationItems: [] }, 4)).toThrow(ImportError);
    expect(() => parseKlassCodes(null, 4)).toThrow(/"codes" array/);
    expect(() => parseKlassCodes({ codes: [] }, 4)).toThrow(/no codes/);
  });

  it("names every malformed record", () => {
    const body = {
      codes: [
        { code: "301", name: "Oslo" },
        { code: "1101", name: "" },
        { code: "1103", name: "Stavanger" },
        { code: "1103", name: "Stavanger" },
        "junk",
      ],
    };
    try {
      parseKlassCodes(body, 4, "KLASS 131");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problems).toEqual([
        "codes[0] (code 301): code must be a 4-digit string",
        "codes[1] (code 1101): name is missing",
        "codes[3] (code 1103): duplicate code",
        "codes[4]: not an object",
      ]);
      expect((error as Error).message).toMatch(/^KLASS 131: 4 problem\(s\)/);
    }
  });

  it("rejects municipality codes in a county list", () => {
    expect(() => parseKlassCodes(fixture("klass-131.json"), 2)).toThrow(/code must be a 2-digit string/);
  });
});
