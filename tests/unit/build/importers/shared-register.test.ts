import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  crossCheckRegister,
  parseCountyRegister,
  parseMunicipalityRegister,
} from "../../../../src/build/importers/shared-register.ts";
import { baseDataDir } from "../../../../src/build/paths.ts";
import { municipalitySchema } from "../../../../src/domain/schema.ts";
import { NORWAY_MUNICIPALITIES_2024, REGISTER_NUMBERS } from "../../../fixtures/register.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/build/${name}`, import.meta.url), "utf8");
const HEADER =
  "kommunenummer,kommunenavn,kommunenavn_norsk,navn_deler,fylkesnummer,fylkesnavn,fylkesnavn_kort,folketall,folketall_antatt_per,areal_km2,administrasjonssenter,maalform\n";

describe("parseMunicipalityRegister", () => {
  it("parses the register into schema-valid municipalities", () => {
    const municipalities = parseMunicipalityRegister(fixture("kommuner.csv"));
    expect(municipalities.map((municipality) => municipality.number)).toEqual(["0301", "5501", "5628", "5632"]);
    expect(municipalities[2]).toEqual({
      number: "5628",
      name: "Deatnu - Tana",
      nameNorwegian: "Tana",
      names: ["Deatnu", "Tana"],
      county: "56",
      population: 2807,
      adminCentre: "Tana bru",
    });
    for (const municipality of municipalities) expect(municipalitySchema.safeParse(municipality).success).toBe(true);
  });

  it("splits the official name when navn_deler is blank, and leaves a blank admin centre out", () => {
    const [municipality] = parseMunicipalityRegister(
      `${HEADER}5628,Deatnu - Tana,Tana,,56,Finnmark,Finnmark,2807,2024-01-01,4051.28,,Bokmål\n`,
    );
    expect(municipality!.names).toEqual(["Deatnu", "Tana"]);
    expect(municipality).not.toHaveProperty("adminCentre");
  });

  it("reads quoted fields", () => {
    const [municipality] = parseMunicipalityRegister(
      `${HEADER}"0301","Oslo","Oslo","Oslo","03","Oslo","Oslo","717710","2024-01-01","454.12","Oslo, sentrum","Nøytral"\n`,
    );
    expect(municipality!.adminCentre).toBe("Oslo, sentrum");
  });

  it("names the line and municipality of each bad record", () => {
    const text = `${HEADER}301,Oslo,Oslo,Oslo,03,Oslo,Oslo,717710,,,,\n1101,Eigersund,Egersund,Eigersund,11,R,R,15221,,,,\n1103,Stavanger,Stavanger,Stavanger,12,R,R,,,,,\n`;
    expect(() => parseMunicipalityRegister(text)).toThrow(/line 2 \(kommune 301\): number: must be a 4-digit/);
    expect(() => parseMunicipalityRegister(text)).toThrow(/line 3 \(kommune 1101\): Norwegian name "Egersund"/);
    expect(() => parseMunicipalityRegister(text)).toThrow(/line 4 \(kommune 1103\): population/);
    expect(() => parseMunicipalityRegister(`${HEADER}1103,Stavanger,Stavanger,Stavanger,12,R,R,1,,,,\n`)).toThrow(
      /county 12 is not the first two digits/,
    );
  });
});

describe("parseCountyRegister", () => {
  it("parses counties with their short names", () => {
    expect(parseCountyRegister(fixture("fylker.csv"))).toEqual([
      { number: "03", name: "Oslo", shortName: "Oslo" },
      { number: "55", name: "Troms - Romsa - Tromssa", shortName: "Troms" },
      { number: "56", name: "Finnmark - Finnmárku - Finmarkku", shortName: "Finnmark" },
    ]);
  });

  it("rejects a missing short name and a missing column", () => {
    expect(() => parseCountyRegister("fylkesnummer,fylkesnavn,fylkesnavn_kort\n55,Troms,\n")).toThrow(
      /line 2 \(fylke 55\): shortName/,
    );
    expect(() => parseCountyRegister("fylkesnummer,fylkesnavn\n55,Troms\n")).toThrow(/fylkesnavn_kort/);
  });
});

describe("crossCheckRegister", () => {
  it("finds municipalities without a county and counties without municipalities", () => {
    const municipalities = parseMunicipalityRegister(fixture("kommuner.csv"));
    const counties = parseCountyRegister(fixture("fylker.csv"));
    expect(crossCheckRegister(municipalities, counties)).toEqual([]);
    expect(crossCheckRegister(municipalities.slice(0, 1), counties)).toEqual([
      "fylke 55: no municipality belongs to it",
      "fylke 56: no municipality belongs to it",
    ]);
    expect(crossCheckRegister(municipalities, counties.slice(1))).toEqual([
      "kommune 0301: county 03 is not in the county register",
    ]);
  });
});

describe("the register copy in data/base", () => {
  it("has all of Norway's valid municipalities in 15 counties", () => {
    const municipalities = parseMunicipalityRegister(
      readFileSync(join(baseDataDir, "register/kommuner_2024.csv"), "utf8"),
    );
    const counties = parseCountyRegister(readFileSync(join(baseDataDir, "register/fylker_2024.csv"), "utf8"));
    expect(municipalities).toHaveLength(NORWAY_MUNICIPALITIES_2024);
    expect(municipalities.map((m) => m.number)).toEqual([...REGISTER_NUMBERS].sort());
    expect(counties).toHaveLength(15);
    expect(crossCheckRegister(municipalities, counties)).toEqual([]);
    expect(municipalities.reduce((sum, municipality) => sum + municipality.population, 0)).toBe(5_550_203);
  });
});
