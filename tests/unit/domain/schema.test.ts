import { describe, expect, it } from "vitest";
import {
  attributionSchema,
  compiledHoursSchema,
  countyNumber,
  datasetSchema,
  districtSchema,
  isUrlWithScheme,
  manifestSchema,
  municipalityNumber,
  phoneNumber,
  postalCodeSchema,
  serviceSchema,
} from "../../../src/domain/schema.ts";

const valid = {
  id: "rph-3201-baerum",
  type: "rph",
  name: "Rask psykisk helsehjelp i Bærum",
  status: "active",
  topics: ["mental-health"],
  referral: "not-needed",
  cost: "unknown",
  contacts: [
    { kind: "phone", number: "67504000" },
    { kind: "web", url: "https://www.baerum.kommune.no/" },
  ],
  locations: [],
  area: { municipalities: ["3201"] },
  source: { urls: ["https://www.baerum.kommune.no/"], dateText: "2019" },
  verified: "2019",
};

const issuesOf = (record: unknown) => {
  const result = serviceSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("serviceSchema", () => {
  it("accepts a complete record", () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it("refuses javascript:, data: and http: links in contacts", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "http://example.org/"]) {
      expect(issuesOf({ ...valid, contacts: [{ kind: "web", url }] })).toEqual([
        "contacts.0.url: must be an https: URL",
      ]);
    }
  });

  it("accepts Norwegian numbers: 8 digits and 3, 5 or 6 digit short numbers", () => {
    for (const number of ["22400040", "113", "02800", "116123"])
      expect(phoneNumber.safeParse(number).success).toBe(true);
    for (const number of ["1234", "1234567", "+4722400040", "22 40 00 40", "abc"]) {
      expect(phoneNumber.safeParse(number).success).toBe(false);
    }
  });

  it("needs a source URL", () => {
    expect(issuesOf({ ...valid, source: { urls: [], dateText: "2019" } })).toEqual([
      "source.urls: needs at least one source URL",
    ]);
  });

  it("refuses a 3-digit municipality number and a malformed date", () => {
    expect(issuesOf({ ...valid, area: { municipalities: ["301"] }, verified: "2019-13" })).toEqual([
      "area.municipalities.0: must be a 4-digit municipality number",
      "verified: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD between 1990 and 2100",
    ]);
  });

  it("refuses an unknown offer type", () => {
    expect(issuesOf({ ...valid, type: "therapy" })[0]).toMatch(/^type:/);
  });
});

describe("serviceSchema refuses hostile and broken input, naming the field", () => {
  const fieldsOf = (record: unknown) => issuesOf(record).map((issue) => issue.split(":")[0]);
  const withContact = (contact: unknown) => ({ ...valid, contacts: [contact] });

  it.each([
    [
      "a mailto address with ?bcc=",
      withContact({ kind: "email", address: "post@kommune.no?bcc=x@evil.no" }),
      "contacts.0.address",
    ],
    [
      "a mailto address with ?subject=",
      withContact({ kind: "email", address: "a@b.no?subject=hei" }),
      "contacts.0.address",
    ],
    [
      "an e-mail domain with a zero-width space",
      withContact({ kind: "email", address: "post@kommu\u200bne.no" }),
      "contacts.0.address",
    ],
    ["a bidi override in the name", { ...valid, name: "Ring \u202e311\u202c for hjelp" }, "name"],
    [
      "a bidi isolate in a contact label",
      withContact({ kind: "phone", number: "67504000", label: "Ring \u2067x" }),
      "contacts.0.label",
    ],
    ["a zero-width joiner in the provider", { ...valid, provider: "Bæ\u200drum" }, "provider"],
    ["a NUL in the description", { ...valid, description: "a\u0000b" }, "description"],
    ["an escape sequence in the audience", { ...valid, audience: "\u001b[2Kvoksne" }, "audience"],
    ["a lone surrogate in the name", { ...valid, name: "Hjelp \ud800" }, "name"],
    ["a replacement character (wrong decoding) in the name", { ...valid, name: "B\ufffdrum" }, "name"],
    ["a name of only spaces", { ...valid, name: "   " }, "name"],
    ["a 1 MB description", { ...valid, description: "x".repeat(1_000_000) }, "description"],
    ["a 1 MB name", { ...valid, name: "x".repeat(1_000_000) }, "name"],
    ["2026-02-30", { ...valid, verified: "2026-02-30" }, "verified"],
    ["2025-02-29 (not a leap year)", { ...valid, verified: "2025-02-29" }, "verified"],
    ["year 0000", { ...valid, verified: "0000" }, "verified"],
    ["year 1900", { ...valid, verified: "1900-05" }, "verified"],
    ["phone 00000000", withContact({ kind: "phone", number: "00000000" }), "contacts.0.number"],
    ["sms 000", withContact({ kind: "sms", number: "000" }), "contacts.0.number"],
    ["an unknown top-level key", { ...valid, hompage: "https://x.no/" }, ""],
    ["an unknown nested key in the area", { ...valid, area: { municipalities: ["3201"], nationale: true } }, "area"],
    [
      "an unknown nested key in a contact",
      withContact({ kind: "phone", number: "67504000", lable: "x" }),
      "contacts.0",
    ],
    ["an unknown nested key in the source", { ...valid, source: { ...valid.source, date: "2019" } }, "source"],
    ["a local type marked national", { ...valid, area: { national: true, municipalities: [] } }, "area.national"],
    ["a supersededBy that is not an id", { ...valid, supersededBy: "Ring 113" }, "supersededBy"],
    ["a URL with a bidi override", withContact({ kind: "web", url: "https://x.no/\u202eabc" }), "contacts.0.url"],
  ])("refuses %s", (_, record, field) => {
    expect(fieldsOf(record)).toContain(field);
  });

  it.each([
    ["a leap day", { ...valid, verified: "2024-02-29" }],
    ["Sami and Norwegian letters", { ...valid, name: "Guovdageainnu suohkan – Kautokeino kommune æøå ŋŧđ" }],
    ["an emoji", { ...valid, description: "Lavterskel 💬 samtale" }],
    ["a line break in the description", { ...valid, description: "Første linje.\nAndre linje." }],
    ["a line break in the hours text", { ...valid, openingHoursText: "Mandag 8–15.\nTirsdag stengt." }],
    ["a line break in the maintainer note", { ...valid, maintainerNote: "Kilde lest 2025.\nSjekk igjen." }],
    ["national helplines", { ...valid, type: "helpline", area: { national: true, municipalities: [] } }],
    [
      "statutory duties of a local type",
      { ...valid, statutory: true, contacts: [], area: { national: true, municipalities: [] } },
    ],
    ["a plain e-mail address", withContact({ kind: "email", address: "post.mottak+rph@baerum.kommune.no" })],
  ])("accepts %s", (_, record) => {
    expect(issuesOf(record)).toEqual([]);
  });
});

describe("every pattern is anchored at both ends and exact", () => {
  const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
    schema.safeParse(value).success;
  const hash = "a".repeat(64);
  const file = (sha256: string) => ({ url: "data/x.json", sha256, bytes: 1 });
  const manifest = (sha256: string, geometry = hash) => ({
    schemaVersion: 2,
    version: "20260115-abc",
    builtAt: "x",
    dataset: file(sha256),
    geometry: file(geometry),
    counts: {},
    attribution: [],
  });

  it("numbers, codes and ids", () => {
    expect([ok(municipalityNumber, "0301"), ok(municipalityNumber, "03011"), ok(municipalityNumber, "x0301")]).toEqual([
      true,
      false,
      false,
    ]);
    expect([ok(countyNumber, "18"), ok(countyNumber, "180"), ok(countyNumber, "x18")]).toEqual([true, false, false]);
    const district = { code: "030101", name: "Gamle Oslo", municipality: "0301" };
    expect([
      ok(districtSchema, district),
      ok(districtSchema, { ...district, code: "0301011" }),
      ok(districtSchema, { ...district, code: "x030101" }),
    ]).toEqual([true, false, false]);
    expect([
      ok(postalCodeSchema, ["8006", "Bodø", "1804"]),
      ok(postalCodeSchema, ["80061", "Bodø", "1804"]),
      ok(postalCodeSchema, ["x8006", "Bodø", "1804"]),
    ]).toEqual([true, false, false]);
    const id = (value: string) => ok(serviceSchema, { ...valid, id: value });
    expect([id("rph-3201"), id("-rph"), id("rph_3201"), id("Rph-3201"), id("rph-3201!"), id("x".repeat(101))]).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("e-mail addresses", () => {
    const email = (address: string) => ok(serviceSchema, { ...valid, contacts: [{ kind: "email", address }] });
    expect(email("post@baerum.kommune.no")).toBe(true);
    expect(email("a@b.no")).toBe(true);
    expect(
      [
        "@b.no",
        "a@.no",
        "a@b.n",
        "a@b.n0",
        "a b@c.no",
        "a@b c.no",
        "a@b.no ",
        " a@b.no",
        "a@-b.no",
        "a@b-.no",
        "a@@b.no",
      ].map(email),
    ).toEqual(Array(11).fill(false));
  });

  it("organisation numbers", () => {
    const municipality = {
      number: "0301",
      name: "Oslo",
      nameNorwegian: "Oslo",
      names: ["Oslo"],
      county: "03",
      population: 1,
    };
    const org = (orgNumber: string) => ok(datasetSchema.shape.municipalities, [{ ...municipality, orgNumber }]);
    expect(["974770482", "97477048", "9747704821", "x74770482", "abcdefghi"].map(org)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("dates, holidays and hashes", () => {
    const date = (verified: string) => ok(serviceSchema, { ...valid, verified });
    expect(
      ["2024", "2024-02", "2024-02-29", "1990", "2100-12-31", "2024-01", "2024-01-01", "2024-12"].map(date),
    ).toEqual(Array(8).fill(true));
    expect(
      [
        "1989",
        "2101",
        "2024-00",
        "2024-13",
        "2024-01-00",
        "2024-01-32",
        "2024-04-31",
        "24",
        "2024-1",
        "2024-01-1",
        "x2024",
        "2024x",
      ].map(date),
    ).toEqual(Array(12).fill(false));
    const holidays = (value: string) => ok(datasetSchema.shape.holidays, [value]);
    expect([holidays("2026-01-01"), holidays("x2026-01-01"), holidays("2026-01-01x")]).toEqual([true, false, false]);
    expect([
      ok(manifestSchema, manifest(hash)),
      ok(manifestSchema, manifest(`${hash}a`)),
      ok(manifestSchema, manifest(`x${hash}`)),
      ok(manifestSchema, manifest(hash, `${hash}0`)),
    ]).toEqual([true, false, false, false]);
  });

  it("URLs need a host and the right scheme; nested objects keep their fields", () => {
    expect(isUrlWithScheme("https://x.no/", ["https:"])).toBe(true);
    expect(isUrlWithScheme("https:", ["https:"])).toBe(false);
    expect(isUrlWithScheme("mailto:a@b.no", ["mailto:"])).toBe(false);
    expect(isUrlWithScheme("http://x.no/", ["https:"])).toBe(false);
    expect(isUrlWithScheme("nonsense", ["https:"])).toBe(false);
    expect(compiledHoursSchema.parse({ week: [[480, 900], [], [], [], [], [], []], closedOnHolidays: true })).toEqual({
      week: [[480, 900], [], [], [], [], [], []],
      closedOnHolidays: true,
    });
    expect(ok(compiledHoursSchema, { week: [[], [], [], [], [], []], closedOnHolidays: true })).toBe(false);
    expect(
      attributionSchema.parse({ name: "Kartverket", licence: "CC BY 4.0", url: "https://kartverket.no/" }),
    ).toEqual({
      name: "Kartverket",
      licence: "CC BY 4.0",
      url: "https://kartverket.no/",
    });
    const parsed = serviceSchema.parse({
      ...valid,
      contacts: [
        { kind: "phone", number: "67504000", label: "Sentralbord" },
        { kind: "sms", number: "41716000" },
        { kind: "chat", url: "https://chat.x.no/" },
        { kind: "email", address: "a@b.no" },
      ],
      locations: [{ name: "Helsehuset", address: "Storgata 1", municipality: "3201" }],
      topics: ["mental-health", "substance-use"],
      referral: "needed",
      cost: "paid",
    });
    expect(parsed.contacts).toEqual([
      { kind: "phone", number: "67504000", label: "Sentralbord" },
      { kind: "sms", number: "41716000" },
      { kind: "chat", url: "https://chat.x.no/" },
      { kind: "email", address: "a@b.no" },
    ]);
    expect(parsed.locations).toEqual([{ name: "Helsehuset", address: "Storgata 1", municipality: "3201" }]);
    expect([parsed.topics, parsed.referral, parsed.cost]).toEqual([
      ["mental-health", "substance-use"],
      "needed",
      "paid",
    ]);
  });
});

describe("datasetSchema", () => {
  it("refuses a dataset from another format version", () => {
    const result = datasetSchema.safeParse({
      schemaVersion: 99,
      version: "0123456789abcdef",
      builtAt: "2026-11-23T00:00:00Z",
      counties: [],
      municipalities: [],
      services: [],
      holidays: [],
      attribution: [],
    });
    expect(result.success).toBe(false);
  });
});
