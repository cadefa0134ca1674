import { describe, expect, it } from "vitest";
import type { Municipality, PostalCode, Service } from "../../../src/domain/schema.ts";
import { buildSearchIndex, indexSearchFile, sameResult, search, withServices } from "../../../src/domain/search.ts";
import { buildSearchFile } from "../../../src/domain/search-file.ts";

const municipality = (number: string, names: string[], nameNorwegian = names[names.length - 1]!): Municipality => ({
  number,
  name: names.join(" - "),
  names,
  nameNorwegian,
  county: number.slice(0, 2),
  population: 1000,
});

const municipalities = [
  municipality("1508", ["Ålesund"]),
  municipality("5612", ["Guovdageaidnu", "Kautokeino"], "Kautokeino"),
  municipality("5501", ["Tromsø"]),
  municipality("1833", ["Rana"]),
  municipality("0301", ["Oslo"]),
];
const postalCodes: PostalCode[] = [
  ["9520", "Kautokeino", "5612"],
  ["8601", "Mo i Rana", "1833"],
  ["9170", "Longyearbyen", "2100"],
  ["0010", "Oslo", "0301"],
];
const service: Service = {
  id: "rph-5501",
  type: "rph",
  name: "Rask psykisk helsehjelp Tromsø",
  status: "active",
  topics: ["mental-health"],
  referral: "not-needed",
  cost: "unknown",
  contacts: [],
  locations: [],
  area: { municipalities: ["5501"] },
  source: { urls: ["https://example.org/"], dateText: "2024" },
};
const index = buildSearchIndex({ municipalities, postalCodes, services: [service] });
const first = (query: string) => search(index, query)[0];

describe("search", () => {
  it("finds a municipality by any folded name form", () => {
    expect(first("aalesund")).toMatchObject({ kind: "municipality", municipality: { number: "1508" } });
    expect(first("ALESUND")).toMatchObject({ kind: "municipality", municipality: { number: "1508" } });
    expect(first("guovdageaidnu")).toMatchObject({ kind: "municipality", municipality: { number: "5612" } });
    expect(first("kautok")).toMatchObject({ kind: "municipality", municipality: { number: "5612" } });
  });

  it("finds a municipality by postal code and by number", () => {
    expect(first("9520")).toMatchObject({ kind: "postal", code: "9520", municipality: { number: "5612" } });
    expect(first("5501")).toMatchObject({ kind: "municipality", municipality: { number: "5501" } });
  });

  it("lists postal codes that start with the digits typed", () => {
    const results = search(index, "00");
    expect(results.map((r) => (r.kind === "postal" ? r.code : r.kind))).toContain("0010");
  });

  it("finds a place that is not a municipality name and points to its municipality", () => {
    expect(first("mo i rana")).toMatchObject({ kind: "place", place: "Mo i Rana", municipality: { number: "1833" } });
  });

  it("does not offer Svalbard postal codes as municipalities", () => {
    expect(search(index, "9170")).toEqual([]);
  });

  it("finds services by name and ranks municipalities before them", () => {
    const results = search(index, "tromsø");
    expect(results[0]).toMatchObject({ kind: "municipality" });
    expect(search(index, "rask psykisk")[0]).toMatchObject({ kind: "service", service: { id: "rph-5501" } });
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(search(index, "")).toEqual([]);
    expect(search(index, " - ")).toEqual([]);
  });

  it("lists one hit per municipality even when several name forms match", () => {
    const both = buildSearchIndex({
      municipalities: [municipality("1111", ["Testby", "Testbyen"])],
      postalCodes: [],
      services: [],
    });
    expect(search(both, "testby")).toHaveLength(1);
  });
  it("names each offer hit's municipality and lists one offer name once per municipality", () => {
    const same = (id: string, number: string): Service => ({
      ...service,
      id,
      name: "Rask psykisk helsehjelp",
      area: { municipalities: [number] },
    });
    const many = buildSearchIndex({
      municipalities,
      postalCodes,
      services: [same("a", "5501"), same("b", "5501"), same("c", "0301")],
    });
    const hits = search(many, "rask psykisk").filter((r) => r.kind === "service");
    expect(hits.map((r) => (r.kind === "service" ? r.municipality?.name : "")).sort()).toEqual(["Oslo", "Tromsø"]);
  });
});

describe("search from the compact search file, before the dataset", () => {
  const file = buildSearchFile({
    version: "version-a",
    counties: [
      { number: "18", name: "Nordland - Nordlánnda", shortName: "Nordland" },
      { number: "03", name: "Oslo", shortName: "Oslo" },
    ],
    municipalities: [municipality("1804", ["Bodø"]), municipality("0301", ["Oslo"]), municipality("1833", ["Rana"])],
    postalCodes: [
      ["8006", "Bodø", "1804"],
      ["8001", "Bodø", "1804"],
      ["8050", "Tverlandet", "1804"],
      ["8601", "Mo i Rana", "1833"],
      ["0010", "Oslo", "0301"],
    ],
    districts: [
      { code: "030101", name: "Gamle Oslo", municipality: "0301" },
      { code: "030105", name: "Frogner", municipality: "0301" },
    ],
  });
  const early = indexSearchFile(file);

  it("finds a municipality by name and by number, with its county", () => {
    expect(search(early, "bodo")[0]).toMatchObject({ kind: "municipality", municipality: { number: "1804" } });
    expect(search(early, "Bodø")[0]).toMatchObject({ kind: "municipality", municipality: { name: "Bodø" } });
    expect(search(early, "1804")[0]).toMatchObject({ kind: "municipality", municipality: { number: "1804" } });
    expect(early.countyNames.get("18")).toBe("Nordland");
  });

  it("finds a postal code, and lists the codes that start with the digits typed in order", () => {
    expect(search(early, "8006")[0]).toMatchObject({ kind: "postal", code: "8006", place: "Bodø" });
    const codes = search(early, "80").map((r) => (r.kind === "postal" ? r.code : r.kind));
    expect(codes).toEqual(["8001", "8006", "8050"]);
  });

  it("finds a place and a city district, each pointing to its municipality", () => {
    expect(search(early, "tverlandet")[0]).toMatchObject({ kind: "place", municipality: { number: "1804" } });
    expect(search(early, "gamle oslo")[0]).toMatchObject({
      kind: "district",
      district: { code: "030101", name: "Gamle Oslo" },
      municipality: { number: "0301" },
    });
    expect(search(early, "frogner")[0]).toMatchObject({ kind: "district", municipality: { name: "Oslo" } });
  });

  it("says it has no services yet, and finds them once built with the dataset", () => {
    expect(early.withServices).toBe(false);
    expect(search(early, "rask psykisk")).toEqual([]);
    const later = indexSearchFile(file, [{ ...service, area: { municipalities: ["1804"] } }]);
    expect(later.withServices).toBe(true);
    expect(search(later, "rask psykisk")[0]).toMatchObject({ kind: "service" });
  });

  it("gives the same hits as the index built from the whole dataset", () => {
    const full = buildSearchIndex({ municipalities, postalCodes, services: [] });
    const viaFile = indexSearchFile(buildSearchFile({ municipalities, postalCodes }), []);
    for (const query of ["aalesund", "9520", "mo i rana", "0", "kautok", "oslo", "a"]) {
      expect(search(viaFile, query)).toEqual(search(full, query));
    }
  });
});

describe("withServices", () => {
  it("adds the services to an index built from the file alone, as building with them would", () => {
    const file = buildSearchFile({ municipalities, postalCodes });
    const added = withServices(indexSearchFile(file), [service]);
    const built = indexSearchFile(file, [service]);
    expect(added.withServices).toBe(true);
    expect(added.entries).toEqual(built.entries);
    expect(search(added, "rask psykisk")[0]).toMatchObject({ kind: "service", service: { id: "rph-5501" } });
  });
});

describe("sameResult", () => {
  it("tells a hit that would show the same row from one that would not", () => {
    const [kautokeino] = search(index, "9520");
    const [again] = search(index, "9520");
    expect(kautokeino).not.toBe(again);
    expect(sameResult(kautokeino!, again!)).toBe(true);
    const bodo = buildSearchIndex({
      municipalities: [municipality("1804", ["Bodø"])],
      postalCodes: [
        ["8001", "Bodø", "1804"],
        ["8006", "Bodø", "1804"],
        ["8050", "Tverlandet", "1804"],
      ],
      services: [],
    });
    const [code8001, code8006, code8050] = search(bodo, "80");
    // Same place and municipality, another code; and the same municipality, another place.
    expect(sameResult(code8001!, code8006!)).toBe(false);
    expect(sameResult(code8006!, code8050!)).toBe(false);
    const [byName] = search(index, "kautokeino");
    expect(sameResult(kautokeino!, byName!)).toBe(false);
    const [guovdageaidnu] = search(index, "guovdageaidnu");
    // One municipality found by two of its name forms: two hits.
    expect(sameResult(byName!, guovdageaidnu!)).toBe(false);
    expect(sameResult(byName!, search(index, "kautokeino")[0]!)).toBe(true);
  });
});
