import { describe, expect, it } from "vitest";
import {
  bestOf,
  type CoverageCell,
  coverageFor,
  coverageTable,
  decideCell,
  summarize,
} from "../../../src/domain/coverage.ts";
import type { Service } from "../../../src/domain/schema.ts";
import { makeMunicipality, makeService } from "../../fixtures/dataset.ts";

const now = new Date("2026-06-01T00:00:00Z");

const service = (overrides: Partial<Service> = {}): Service =>
  makeService({ referral: "not-needed", verified: "2026-01-15", ...overrides });

const municipality = makeMunicipality;

describe("decideCell", () => {
  it("confirmed beats statutory, which beats reported-absent and inactive", () => {
    const active = service({ verified: "2025-01" });
    const statutory = service({ statutory: true, type: "school-health" });
    const absent = service({ status: "reported-absent", verified: "2026-03" });
    const closed = service({ status: "inactive", verified: "2026-04" });
    expect(decideCell([absent, closed, statutory, active], { now })).toMatchObject({
      state: "confirmed",
      serviceIds: [active.id],
      verified: "2025-01",
    });
    expect(decideCell([absent, closed, statutory], { now })).toMatchObject({ state: "statutory", stale: false });
    expect(decideCell([absent, closed], { now })).toMatchObject({ state: "inactive", serviceIds: [closed.id] });
  });

  it("the newest negative evidence decides between reported-absent and inactive", () => {
    const closed = service({ status: "inactive", verified: "2019" });
    const absent = service({ status: "reported-absent", verified: "2025-10" });
    expect(decideCell([closed, absent], { now })).toMatchObject({ state: "reported-absent", verified: "2025-10" });
  });

  it("planned and unknown status say nothing: the cell stays unknown", () => {
    const cell = decideCell([service({ status: "planned" }), service({ status: "unknown" })], { now });
    expect(cell).toEqual({ state: "unknown", verified: undefined, stale: false, serviceIds: [] });
    expect(decideCell([], { now }).state).toBe("unknown");
  });

  it("superseded records never decide", () => {
    const old = service({ status: "active", verified: "2014", supersededBy: "newer" });
    const newer = service({ id: "newer", status: "reported-absent", verified: "2025-10" });
    expect(decideCell([old, newer], { now })).toMatchObject({ state: "reported-absent", serviceIds: ["newer"] });
    expect(decideCell([old], { now }).state).toBe("unknown");
  });

  it("flags evidence older than 24 months as stale by default", () => {
    expect(decideCell([service({ verified: "2024-06-01" })], { now }).stale).toBe(false);
    expect(decideCell([service({ verified: "2024-05-31" })], { now }).stale).toBe(true);
    // A year-only date counts to its last day.
    expect(decideCell([service({ verified: "2024" })], { now }).stale).toBe(false);
    expect(decideCell([service({ verified: "2023" })], { now }).stale).toBe(true);
  });

  it("honours a custom stale limit", () => {
    const cell = (months: number) => decideCell([service({ verified: "2025-09-01" })], { now, staleMonths: months });
    expect(cell(12).stale).toBe(false);
    expect(cell(6).stale).toBe(true);
  });

  it("treats undated evidence as stale, and uses the newest date behind the state", () => {
    expect(decideCell([service({ verified: undefined })], { now })).toMatchObject({ state: "confirmed", stale: true });
    expect(decideCell([service({ verified: undefined }), service({ verified: "2026-02" })], { now })).toMatchObject({
      verified: "2026-02",
      stale: false,
    });
    expect(decideCell([service({ status: "inactive", verified: undefined })], { now }).stale).toBe(true);
  });
});

describe("coverageFor", () => {
  it("counts an inter-municipal service for each municipality it serves, and no other", () => {
    const team = service({ type: "fact", area: { municipalities: ["3301", "3303", "3305"] } });
    for (const number of ["3301", "3303", "3305"]) {
      expect(coverageFor([team], number, { now })["act-fact"]).toMatchObject({
        state: "confirmed",
        serviceIds: [team.id],
      });
    }
    expect(coverageFor([team], "0301", { now })["act-fact"].state).toBe("unknown");
  });

  it("a national statutory record makes youth statutory everywhere, and HFU evidence still beats it", () => {
    const statutory = service({
      type: "school-health",
      statutory: true,
      area: { national: true, municipalities: [] },
      verified: "2018-10-19",
    });
    const hfu = service({ type: "hfu", area: { municipalities: ["5601"] } });
    const table = coverageTable(
      { municipalities: [municipality("0301", 1), municipality("5601", 1)], services: [statutory, hfu] },
      { now },
    );
    expect(table.get("0301")!.youth).toMatchObject({ state: "statutory", stale: false, verified: "2018-10-19" });
    expect(table.get("5601")!.youth.state).toBe("confirmed");
    // Statutory school health says nothing about RPH.
    expect(table.get("0301")!.rph.state).toBe("unknown");
  });

  it("groups types: act, fact and fact-ung under act-fact; helplines under none", () => {
    const coverage = coverageFor(
      [service({ type: "act" }), service({ type: "helpline", area: { national: true, municipalities: [] } })],
      "0301",
      { now },
    );
    expect(coverage["act-fact"].state).toBe("confirmed");
    expect(Object.keys(coverage).sort()).toEqual([
      "act-fact",
      "low-threshold-other",
      "rph",
      "student",
      "voluntary",
      "youth",
    ]);
  });
});

describe("summarize", () => {
  const municipalities = [
    municipality("1101", 100),
    municipality("1102", 200),
    municipality("1103", 400),
    municipality("1104", 800),
  ];
  const services = [
    service({ type: "rph", area: { municipalities: ["1101"] }, verified: "2020" }),
    service({ type: "low-threshold-other", area: { municipalities: ["1102"] } }),
    service({ type: "rph", status: "reported-absent", area: { municipalities: ["1103", "1104"] } }),
    service({ type: "low-threshold-other", status: "inactive", area: { municipalities: ["1104"] } }),
  ];
  const table = coverageTable({ municipalities, services }, { now });

  it("counts municipalities and population per state for one group", () => {
    const summary = summarize(municipalities, table, "rph");
    expect(summary.municipalities).toBe(4);
    expect(summary.population).toBe(1500);
    expect(summary.byState.confirmed).toEqual({ municipalities: 1, population: 100 });
    expect(summary.byState["reported-absent"]).toEqual({ municipalities: 2, population: 1200 });
    expect(summary.byState.unknown).toEqual({ municipalities: 1, population: 200 });
    expect(summary.staleConfirmed).toBe(1);
  });

  it("any-low-threshold is confirmed when either group is; absence of RPH alone leaves it unknown", () => {
    const summary = summarize(municipalities, table, "any-low-threshold");
    expect(summary.byState.confirmed).toEqual({ municipalities: 2, population: 300 });
    // 1103: no RPH, other offers unknown → unknown. 1104: both negative → a negative state.
    expect(summary.byState.unknown).toEqual({ municipalities: 1, population: 400 });
    expect(summary.byState.inactive.municipalities + summary.byState["reported-absent"].municipalities).toBe(1);
    expect(summary.staleConfirmed).toBe(1);
  });
});

describe("bestOf", () => {
  const cell = (state: CoverageCell["state"], verified?: string, stale = false): CoverageCell => ({
    state,
    verified,
    stale,
    serviceIds: [],
  });

  it("prefers the newest of equally good positive cells", () => {
    expect(bestOf([cell("confirmed", "2014", true), cell("confirmed", "2026-01")])).toMatchObject({
      verified: "2026-01",
      stale: false,
    });
  });

  it("keeps unknown over a negative cell, and the best negative when all are negative", () => {
    expect(bestOf([cell("reported-absent", "2022"), cell("unknown")]).state).toBe("unknown");
    expect(bestOf([cell("reported-absent", "2022"), cell("inactive", "2019")]).state).toBe("inactive");
  });
});
