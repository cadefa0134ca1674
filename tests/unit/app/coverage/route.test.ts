import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  coverageHref,
  parseCoverageRoute,
  ROUTE_CHOICES,
  ROUTE_STATE_FILTERS,
} from "../../../../src/app/coverage/route.ts";
import { COVERAGE_STATES } from "../../../../src/domain/coverage.ts";
import { COVERAGE_CHOICES } from "../../../../src/domain/coverage-rows.ts";
import { anyHash } from "../../../fixtures/fuzz.ts";

describe("coverage routes", () => {
  it("parses each view with its offer choice", () => {
    expect(parseCoverageRoute("#/dekning")).toMatchObject({ view: "dashboard", choice: "any-low-threshold" });
    expect(parseCoverageRoute("#/dekning/kart?tilbud=rph")).toMatchObject({ view: "map", choice: "rph" });
    expect(parseCoverageRoute("#/dekning/tabell?tilbud=youth&fylke=55&tilstand=unknown&sok=tr")).toMatchObject({
      view: "table",
      choice: "youth",
      county: "55",
      state: "unknown",
      query: "tr",
    });
    expect(parseCoverageRoute("#/dekning/rapport/5501?tilbud=lavterskel")).toMatchObject({
      view: "report",
      number: "5501",
      choice: "any-low-threshold",
    });
  });

  it("ignores unknown values and other routes", () => {
    expect(parseCoverageRoute("#/dekning/kart?tilbud=nope&tilstand=bad&fylke=x")).toMatchObject({
      choice: "any-low-threshold",
      state: undefined,
      county: undefined,
    });
    expect(parseCoverageRoute("#/kommune/5501")).toBeUndefined();
    expect(parseCoverageRoute("#/dekning/rapport/55")).toBeUndefined();
  });

  it("hrefs round-trip and leave defaults out", () => {
    expect(coverageHref("dashboard")).toBe("#/dekning");
    expect(coverageHref("map", { choice: "any-low-threshold" })).toBe("#/dekning/kart");
    const href = coverageHref("table", { choice: "act-fact", county: "03", state: "stale", query: "os lo" });
    expect(parseCoverageRoute(href)).toMatchObject({
      choice: "act-fact",
      county: "03",
      state: "stale",
      query: "os lo",
    });
    expect(coverageHref("report", { number: "0301", choice: "rph" })).toBe("#/dekning/rapport/0301?tilbud=rph");
  });

  it("the link vocabulary matches the domain", () => {
    expect([...ROUTE_CHOICES].sort()).toEqual([...COVERAGE_CHOICES].sort());
    expect(ROUTE_STATE_FILTERS.slice(0, COVERAGE_STATES.length)).toEqual([...COVERAGE_STATES]);
  });
});

describe("fuzz: no link crashes the coverage views", () => {
  it("parseCoverageRoute() never throws, and a report route always has a well-formed number", () => {
    fc.assert(
      fc.property(
        anyHash(["#/dekning", "#/dekning/rapport/", "#/dekning/kart?", "#/dekning/tabell?tilbud="]),
        (hash) => {
          const route = parseCoverageRoute(hash);
          if (route?.view === "report") expect(route.number).toMatch(/^\d{4}$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
