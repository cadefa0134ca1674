import { describe, expect, it } from "vitest";
import type { Service } from "../../../src/domain/schema.ts";
import { startHere } from "../../../src/domain/start-here.ts";
import { makeService } from "../../fixtures/dataset.ts";

const make = (patch: Partial<Service>): Service =>
  makeService({
    id: "x",
    name: "X",
    referral: "not-needed",
    cost: "free",
    contacts: [{ kind: "phone", number: "22000000" }],
    ...patch,
  });

describe("startHere", () => {
  it("picks a reachable active local offer", () => {
    expect(startHere([make({ id: "a" })])?.id).toBe("a");
  });
  it("never picks an offer without phone or link, a planned one, a district-only one or one needing referral", () => {
    const none = [
      make({ id: "email", contacts: [{ kind: "email", address: "a@b.no" }] }),
      make({ id: "planned", status: "planned" }),
      make({ id: "district", area: { municipalities: ["0301"], districts: ["Alna"] } }),
      make({ id: "referral", referral: "needed" }),
      make({ id: "fact", type: "fact" }),
      make({ id: "national", area: { national: true, municipalities: [] } }),
    ];
    expect(startHere(none)).toBeUndefined();
  });
  it("leaves out an adult-only offer for youth and prefers youth clinics for them", () => {
    const adult = make({ id: "adult", ageMin: 18 });
    const hfu = make({ id: "hfu", type: "hfu", ageMin: 13, ageMax: 24 });
    expect(startHere([adult], "ungdom")).toBeUndefined();
    expect(startHere([adult, hfu], "ungdom")?.id).toBe("hfu");
    expect(startHere([adult, hfu])?.id).toBe("adult");
  });
  it("without an age group, an offer for all ages comes before a youth-only one", () => {
    const youth = make({ id: "youth", type: "low-threshold-other", ageMin: 12, ageMax: 25 });
    const all = make({ id: "all", type: "low-threshold-other", contacts: [{ kind: "web", url: "https://a.no/" }] });
    expect(startHere([youth, all])?.id).toBe("all");
  });
});
