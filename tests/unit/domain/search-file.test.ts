import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Municipality, PostalCode } from "../../../src/domain/schema.ts";
import {
  buildSearchFile,
  decodePlaces,
  decodePostalCodes,
  encodePlaces,
  encodePostalCodes,
} from "../../../src/domain/search-file.ts";

const municipality = (number: string, names: string[]): Municipality => ({
  number,
  name: names.join(" - "),
  names,
  nameNorwegian: names[names.length - 1]!,
  county: number.slice(0, 2),
  population: 1000,
});

describe("postal code lists", () => {
  it("writes runs of consecutive codes as ranges and keeps single codes", () => {
    expect(encodePostalCodes(["8001", "8002", "8003", "8005", "8007", "8008"])).toBe("8001-8003 8005 8007-8008");
    expect(encodePostalCodes(["0001"])).toBe("0001");
    expect(encodePostalCodes([])).toBe("");
  });

  it("reads back exactly the codes it wrote, leading zeros included", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { maxLength: 60 }), (values) => {
        const codes = values.sort((a, b) => a - b).map((v) => String(v).padStart(4, "0"));
        if (codes.length === 0) return;
        expect(decodePostalCodes(encodePostalCodes(codes))).toEqual(codes);
      }),
    );
  });

  it("reads a range written backwards as no codes rather than guessing", () => {
    expect(decodePostalCodes("8010-8001")).toEqual([]);
  });

  it("writes a municipality's places as place:codes joined by |, and reads them back", () => {
    const places: [string, string[]][] = [
      ["Bodø", ["8001", "8002", "8019"]],
      ["Mo i Rana", ["8601"]],
    ];
    expect(encodePlaces(places)).toBe("Bodø:8001-8002 8019|Mo i Rana:8601");
    expect(decodePlaces(encodePlaces(places))).toEqual(places);
    expect(decodePlaces("")).toEqual([]);
  });

  it("refuses a place name that would break the format", () => {
    expect(() => encodePlaces([["Bad|name", ["0001"]]])).toThrow(/contains/);
  });
});

describe("buildSearchFile", () => {
  const postalCodes: PostalCode[] = [
    ["8006", "Bodø", "1804"],
    ["8001", "Bodø", "1804"],
    ["8002", "Bodø", "1804"],
    ["8050", "Tverlandet", "1804"],
    ["9170", "Longyearbyen", "2100"],
    ["0010", "Oslo", "0301"],
  ];
  const file = buildSearchFile({
    version: "version-a",
    counties: [
      { number: "18", name: "Nordland - Nordlánnda", shortName: "Nordland" },
      { number: "03", name: "Oslo", shortName: "Oslo" },
    ],
    municipalities: [municipality("1804", ["Bodø"]), municipality("0301", ["Oslo"])],
    postalCodes,
    districts: [{ code: "030101", name: "Gamle Oslo", municipality: "0301" }],
  });

  it("groups postal codes by municipality and place, in code order, with the dataset version", () => {
    expect(file.version).toBe("version-a");
    expect(file.municipalities).toEqual([
      ["0301", ["Oslo"], "03", "Oslo:0010"],
      ["1804", ["Bodø"], "18", "Bodø:8001-8002 8006|Tverlandet:8050"],
    ]);
  });

  it("leaves out postal codes outside the municipality register (Svalbard)", () => {
    expect(JSON.stringify(file)).not.toContain("9170");
  });

  it("carries county short names and city districts", () => {
    expect(file.counties).toContainEqual(["18", "Nordland"]);
    expect(file.districts).toEqual([["030101", "Gamle Oslo", "0301"]]);
  });

  it("gives the same file for the same data in any input order", () => {
    const again = buildSearchFile({
      version: "version-a",
      counties: [
        { number: "18", name: "Nordland - Nordlánnda", shortName: "Nordland" },
        { number: "03", name: "Oslo", shortName: "Oslo" },
      ],
      municipalities: [municipality("0301", ["Oslo"]), municipality("1804", ["Bodø"])],
      postalCodes: [...postalCodes].reverse(),
      districts: [{ code: "030101", name: "Gamle Oslo", municipality: "0301" }],
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(file));
  });
});
