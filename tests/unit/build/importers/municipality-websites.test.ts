import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isValidOrgNumber, parseMunicipalityWebsites } from "../../../../src/build/importers/municipality-websites.ts";
import { curatedDataDir } from "../../../../src/build/paths.ts";
import { MUNICIPALITY_COUNT } from "../../../fixtures/register.ts";

const header = "kommunenummer,kommunenavn,nettside,organisasjonsnummer,kilder_enige,merknad\n";

describe("municipality website register", () => {
  const facts = parseMunicipalityWebsites(
    readFileSync(join(curatedDataDir, "base/register/kommune_nettsider.csv"), "utf8"),
  );

  it("gives 351 websites and an organisation number for every municipality; the 6 disputed ones stay blank", () => {
    expect(facts.size).toBe(MUNICIPALITY_COUNT);
    expect([...facts.values()].filter((f) => f.website)).toHaveLength(351);
    expect([...facts.values()].filter((f) => f.orgNumber)).toHaveLength(MUNICIPALITY_COUNT);
    expect(facts.get("0301")).toEqual({ website: "https://www.oslo.kommune.no", orgNumber: "958935420" });
    for (const disputed of ["1106", "1119", "3226", "3442", "4621", "5612"]) {
      expect(facts.get(disputed)?.website).toBeUndefined();
    }
  });

  it("rejects a non-https website and an organisation number with a wrong check digit, naming the line", () => {
    expect(() => parseMunicipalityWebsites(`${header}0301,Oslo,http://oslo.kommune.no,958935420,,\n`)).toThrow(
      /line 2 \(kommune 0301\): nettside must be an https: URL/,
    );
    expect(() => parseMunicipalityWebsites(`${header}0301,Oslo,,958935421,,\n`)).toThrow(/check digit/);
  });

  it("checks organisation numbers with modulus 11", () => {
    expect(isValidOrgNumber("958935420")).toBe(true);
    expect(isValidOrgNumber("958935421")).toBe(false);
    expect(isValidOrgNumber("95893542")).toBe(false);
  });
});
