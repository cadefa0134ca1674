import { describe, expect, it } from "vitest";
import {
  type Filters,
  hasFilters,
  matchesAge,
  matchesFilters,
  NO_FILTERS,
  parseFilters,
  serializeFilters,
  typeFilterOf,
} from "../../../src/domain/filters.ts";
import type { Service } from "../../../src/domain/schema.ts";
import { makeService } from "../../fixtures/dataset.ts";

const service = (fields: Partial<Service>): Service =>
  makeService({ id: "x", name: "X", area: { municipalities: ["5501"] }, ...fields });
const never = () => false;
const always = () => true;

describe("parseFilters / serializeFilters", () => {
  it("reads every filter from a whole hash", () => {
    expect(parseFilters("#/kommune/5501?alder=ungdom&tema=rus&uten-henvisning=1&apen=1&type=rph")).toEqual({
      age: "ungdom",
      topic: "rus",
      type: "rph",
      noReferral: true,
      openNow: true,
    });
  });

  it("ignores unknown values and keys", () => {
    expect(parseFilters("alder=gammel&tema=x&type=y&apen=ja&foo=1")).toEqual(NO_FILTERS);
    expect(parseFilters("#/kommune/5501")).toEqual(NO_FILTERS);
  });

  it("round-trips in a fixed order", () => {
    const filters: Filters = { age: "barn", topic: "psykisk", type: "nasjonal", noReferral: true, openNow: false };
    const query = serializeFilters(filters);
    expect(query).toBe("alder=barn&tema=psykisk&type=nasjonal&uten-henvisning=1");
    expect(parseFilters(query)).toEqual(filters);
  });

  it("is empty without filters", () => {
    expect(serializeFilters(NO_FILTERS)).toBe("");
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, openNow: true })).toBe(true);
  });
});

describe("matchesAge", () => {
  it("treats a service without ages as open to all", () => {
    for (const age of ["barn", "ungdom", "voksen"] as const) expect(matchesAge(service({}), age)).toBe(true);
  });
  it("matches on overlapping ranges", () => {
    const adultsOnly = service({ ageMin: 18 });
    expect(matchesAge(adultsOnly, "barn")).toBe(false);
    expect(matchesAge(adultsOnly, "ungdom")).toBe(true);
    expect(matchesAge(adultsOnly, "voksen")).toBe(true);
    const youth = service({ ageMin: 13, ageMax: 25 });
    expect(matchesAge(youth, "barn")).toBe(false);
    expect(matchesAge(youth, "voksen")).toBe(false);
    const upTo17 = service({ ageMax: 17 });
    expect(matchesAge(upTo17, "barn")).toBe(true);
    expect(matchesAge(upTo17, "voksen")).toBe(false);
  });
});

describe("matchesFilters", () => {
  it("filters on topic, type, referral and open now", () => {
    const rus = service({ topics: ["substance-use"], type: "helpline", referral: "not-needed" });
    expect(matchesFilters(rus, { ...NO_FILTERS, topic: "rus" }, never)).toBe(true);
    expect(matchesFilters(rus, { ...NO_FILTERS, topic: "psykisk" }, never)).toBe(false);
    expect(matchesFilters(rus, { ...NO_FILTERS, type: "nasjonal" }, never)).toBe(true);
    expect(matchesFilters(rus, { ...NO_FILTERS, type: "rph" }, never)).toBe(false);
    expect(matchesFilters(rus, { ...NO_FILTERS, noReferral: true }, never)).toBe(true);
    expect(matchesFilters(service({}), { ...NO_FILTERS, noReferral: true }, never)).toBe(false);
    expect(matchesFilters(rus, { ...NO_FILTERS, openNow: true }, never)).toBe(false);
    expect(matchesFilters(rus, { ...NO_FILTERS, openNow: true }, always)).toBe(true);
  });

  it("places each type under its filter group", () => {
    expect(typeFilterOf(service({ type: "hfu" }))).toBe("youth");
    expect(typeFilterOf(service({ type: "fact-ung" }))).toBe("act-fact");
    expect(typeFilterOf(service({ type: "emergency" }))).toBe("nasjonal");
  });
});
