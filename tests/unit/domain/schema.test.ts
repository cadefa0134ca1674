import { describe, expect, it } from "vitest";
import { datasetSchema, phoneNumber, serviceSchema } from "../../../src/domain/schema.ts";

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
      "verified: must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
  });

  it("refuses an unknown offer type", () => {
    expect(issuesOf({ ...valid, type: "therapy" })[0]).toMatch(/^type:/);
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
      postalCodes: [],
      services: [],
      holidays: [],
      attribution: [],
    });
    expect(result.success).toBe(false);
  });
});
