import { describe, expect, it } from "vitest";
import { coverageFor, coverageTable, decideCell, isHistory, summarize } from "../../../src/domain/coverage.ts";
import type { Service } from "../../../src/domain/schema.ts";
import { makeMunicipality, makeService } from "../../fixtures/dataset.ts";

const now = new Date("2026-11-23T00:00:00Z");

const service = (overrides: Partial<Service> = {}): Service =>
  makeService({ area: { municipalities: ["4631"] }, verified: "2026-01", ...overrides });

const municipality = makeMunicipality;

describe("voluntary offers", () => {
  it("count in their own group and never confirm a municipal low-threshold offer", () => {
    const fontenehus = service({ type: "voluntary", name: "Fontenehuset" });
    const coverage = coverageFor([fontenehus], "4631", { now });
    expect(coverage.voluntary.state).toBe("confirmed");
    expect(coverage.rph.state).toBe("unknown");
    expect(coverage["low-threshold-other"].state).toBe("unknown");
    const municipalities = [municipality("4631", 30_000)];
    const table = coverageTable({ municipalities, services: [fontenehus] }, { now });
    expect(summarize(municipalities, table, "any-low-threshold").byState.confirmed.municipalities).toBe(0);
    expect(summarize(municipalities, table, "any-low-threshold").byState.unknown.municipalities).toBe(1);
  });
});

describe("age of the evidence", () => {
  it("splits confirmed municipalities into evidence within 24 months and older or undated", () => {
    const municipalities = [municipality("0301", 700), municipality("4601", 300), municipality("5501", 80)];
    const services = [
      service({ area: { municipalities: ["0301"] }, verified: "2025-06" }),
      service({ area: { municipalities: ["4601"] }, verified: "2019" }),
      service({ area: { municipalities: ["5501"] }, verified: undefined }),
    ];
    const table = coverageTable({ municipalities, services }, { now });
    const summary = summarize(municipalities, table, "any-low-threshold");
    expect(summary.byState.confirmed.municipalities).toBe(3);
    expect(summary.confirmedByAge.recent).toEqual({ municipalities: 1, population: 700 });
    expect(summary.confirmedByAge.old).toEqual({ municipalities: 2, population: 380 });
  });

  it("a fresh record beats an old one for the same municipality", () => {
    const municipalities = [municipality("0301", 700)];
    const services = [
      service({ area: { municipalities: ["0301"] }, verified: "2018" }),
      service({ area: { municipalities: ["0301"] }, type: "low-threshold-other", verified: "2026-02" }),
    ];
    const summary = summarize(
      municipalities,
      coverageTable({ municipalities, services }, { now }),
      "any-low-threshold",
    );
    expect(summary.confirmedByAge.recent.municipalities).toBe(1);
    expect(summary.confirmedByAge.old.municipalities).toBe(0);
  });
});

describe("reports of absence", () => {
  it("stand only within the stale limit", () => {
    const recent = service({ status: "reported-absent", verified: "2025-09" });
    expect(decideCell([recent], { now })).toMatchObject({ state: "reported-absent", serviceIds: [recent.id] });
  });

  it("older than the stale limit (such as a 2019 statement about Lindås, now Alver) are history: unknown", () => {
    const beforeMerger = service({
      status: "reported-absent",
      verified: "2019",
      source: { urls: ["https://example.no/"], dateText: "2019, om Lindås kommune" },
    });
    expect(isHistory(beforeMerger, now)).toBe(true);
    expect(decideCell([beforeMerger], { now })).toMatchObject({ state: "unknown", serviceIds: [] });
  });

  it("undated reports of absence are history too", () => {
    const undated = service({ status: "reported-absent", verified: undefined });
    expect(decideCell([undated], { now }).state).toBe("unknown");
  });

  it("an old closure still counts as closed: only absence needs a current source", () => {
    const closed = service({ status: "inactive", verified: "2019" });
    expect(isHistory(closed, now)).toBe(false);
    expect(decideCell([closed], { now }).state).toBe("inactive");
  });
});
