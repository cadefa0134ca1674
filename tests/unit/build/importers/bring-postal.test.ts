import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BRING_REGISTER_URL,
  decodeLatin1,
  parseBringRegister,
  parsePostalCsv,
  toPostalCodes,
} from "../../../../src/build/importers/bring-postal.ts";
import type { ImportError } from "../../../../src/build/importers/import-error.ts";
import { baseDataDir } from "../../../../src/build/paths.ts";

const fixtureUrl = (name: string) => new URL(`../../../fixtures/build/${name}`, import.meta.url);
const latin1 = (text: string) => Buffer.from(text, "latin1");

describe("parseBringRegister", () => {
  it("decodes ISO-8859-1 and parses every tab-separated line", () => {
    expect(BRING_REGISTER_URL).toBe("https://www.bring.no/postnummerregister-ansi.txt");
    const rows = parseBringRegister(readFileSync(fixtureUrl("bring-register-latin1.txt")));
    expect(rows).toEqual([
      { code: "0001", place: "OSLO", municipalityNumber: "0301", municipalityName: "OSLO", category: "P" },
      {
        code: "6092",
        place: "FOSNAVÅG",
        municipalityNumber: "1515",
        municipalityName: "HERØY (MØRE OG ROMSDAL)",
        category: "G",
      },
      { code: "9845", place: "TANA", municipalityNumber: "5628", municipalityName: "DEATNU TANA", category: "G" },
      { code: "9990", place: "BÅTSFJORD", municipalityNumber: "5632", municipalityName: "BÅTSFJORD", category: "G" },
    ]);
  });

  it("turns rows into the dataset's sorted tuples", () => {
    const rows = parseBringRegister(latin1("9990\tBÅTSFJORD\t5632\tBÅTSFJORD\tG\n0001\tOSLO\t0301\tOSLO\tP\n"));
    expect(toPostalCodes(rows)).toEqual([
      ["0001", "OSLO", "0301"],
      ["9990", "BÅTSFJORD", "5632"],
    ]);
  });

  it("names the line of each bad row", () => {
    const text =
      "0001\tOSLO\t0301\tOSLO\tP\n001\tOSLO\t0301\tOSLO\tP\n0002\tOSLO\t301\tOSLO\tP\n0003\tOSLO\n0001\tOSLO\t0301\tOSLO\tP\n";
    try {
      parseBringRegister(latin1(text));
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).problems).toEqual([
        'line 2: postal code "001" is not 4 digits',
        'line 3: municipality number "301" is not 4 digits',
        "line 4: expected 5 tab-separated fields, found 2",
        "line 5: postal code 0001 appears twice",
      ]);
    }
  });

  it("refuses UTF-8 bytes instead of producing mojibake", () => {
    expect(() => parseBringRegister(Buffer.from("6092\tFOSNAVÅG\t1515\tHERØY\tG\n", "utf8"))).toThrow(/UTF-8/);
    expect(decodeLatin1(latin1("ÆØÅæøå"))).toBe("ÆØÅæøå");
  });

  it("rejects an empty file", () => {
    expect(() => parseBringRegister(new Uint8Array())).toThrow(/no rows/);
  });
});

describe("parsePostalCsv", () => {
  it("parses the shared UTF-8 CSV, including codes outside the municipality register", () => {
    const rows = parsePostalCsv(readFileSync(fixtureUrl("postnummer.csv"), "utf8"));
    expect(toPostalCodes(rows)).toEqual([
      ["0001", "OSLO", "0301"],
      ["6092", "FOSNAVÅG", "1515"],
      ["9170", "LONGYEARBYEN", "2100"],
      ["9845", "TANA", "5628"],
    ]);
    expect(rows[0]!.category).toBe("P");
  });

  it("rejects a wrong header and names bad lines", () => {
    expect(() => parsePostalCsv("postnummer,poststed\n0001,OSLO\n")).toThrow(/missing column/);
    const header =
      "postnummer,poststed,kommunenummer,kommunenavn_posten,kategori,fylkesnummer,i_kommuneregister_2024\n";
    expect(() => parsePostalCsv(`${header}0001,,0301,OSLO,P,03,true\n`)).toThrow(/line 2: place name is empty/);
    expect(() => parsePostalCsv(`${header}0001,OSLO,0301,OSLO,PP,03,true\n`)).toThrow(/line 2: category "PP"/);
  });
});

describe("the postal register copy in data/base", () => {
  it("parses all 5 122 postal codes, the same as the upstream TSV", () => {
    const rows = parsePostalCsv(readFileSync(join(baseDataDir, "postnummer/postnummer.csv"), "utf8"));
    expect(rows).toHaveLength(5122);
    // The upstream copy is already UTF-8; re-encoding it as Latin-1 gives Bring's original bytes.
    const upstream = readFileSync(join(baseDataDir, "postnummer/postnummerregister_upstream.tsv"), "utf8");
    expect(toPostalCodes(parseBringRegister(Buffer.from(upstream, "latin1")))).toEqual(toPostalCodes(rows));
  });
});
