import { describe, expect, it } from "vitest";
import { contributionScopeErrors } from "../../../src/build/contribution-scope.ts";
import type { Service } from "../../../src/domain/schema.ts";
import { makeService } from "../../fixtures/dataset.ts";

const record = (overrides: Partial<Service> = {}): Service =>
  makeService({
    id: "lt-3403-x",
    type: "low-threshold-other",
    name: "Tilbud i Hamar",
    referral: "not-needed",
    cost: "free",
    area: { municipalities: ["3403"] },
    source: { urls: ["https://www.hamar.kommune.no/"], dateText: "2025" },
    ...overrides,
  });

const check = (incoming: Service[], current: Service[] = [], scope: string | undefined = "3403") =>
  contributionScopeErrors(incoming, (id) => current.find((s) => s.id === id), scope);

const national =
  "is a national record: a contribution for municipality 3403 may not add or change it (the maintainers edit national records)";

describe("what a contribution for one municipality may touch", () => {
  it("its own records, new or changed", () => {
    expect(check([record()], [record({ status: "unknown" })])).toEqual([]);
    expect(check([record({ id: "new" })])).toEqual([]);
  });

  it("no national record: by area, by statutory duty, or by type", () => {
    expect(check([record({ area: { national: true, municipalities: ["3403"] } })])).toEqual([
      { record: '"lt-3403-x"', field: "area.national", message: national },
    ]);
    expect(check([record({ statutory: true })])).toEqual([
      { record: '"lt-3403-x"', field: "area.national", message: national },
    ]);
    expect(check([record({ type: "helpline" })])).toEqual([
      { record: '"lt-3403-x"', field: "area.national", message: national },
    ]);
    expect(check([record({ type: "emergency" })])).toHaveLength(1);
  });

  it("a national record made local by the file is still refused, naming the id", () => {
    const current = [record({ id: "nodnummer-113", type: "emergency", area: { national: true, municipalities: [] } })];
    expect(check([record({ id: "nodnummer-113" })], current)).toEqual([
      { record: '"nodnummer-113"', field: "id", message: national },
    ]);
  });

  it("no record that belongs to another municipality, even when the file moves it", () => {
    const current = [record({ id: "rph-3201", area: { municipalities: ["3201"] } })];
    expect(check([record({ id: "rph-3201" })], current)).toEqual([
      {
        record: '"rph-3201"',
        field: "id",
        message: "belongs to municipality 3201: a contribution for municipality 3403 may not change it",
      },
    ]);
  });

  it("no record that serves other municipalities too, or none at all", () => {
    expect(check([record({ area: { municipalities: ["3403", "3401", "3405"] } })])).toEqual([
      {
        record: '"lt-3403-x"',
        field: "area.municipalities",
        message:
          "serves municipality 3401, 3405: a contribution for municipality 3403 may only add or change records of 3403",
      },
    ]);
    expect(check([record({ area: { municipalities: [] } })])).toEqual([
      {
        record: '"lt-3403-x"',
        field: "area.municipalities",
        message: "serves no municipality: a contribution for municipality 3403 must list 3403 in area.municipalities",
      },
    ]);
  });

  it("nothing at all when the file names no municipality: one message per record", () => {
    expect(contributionScopeErrors([record(), record({ id: "b" })], () => undefined, undefined)).toEqual([
      {
        record: '"lt-3403-x"',
        field: "area.municipalities",
        message:
          "the file names no municipality: a contribution may only add or change records of its own municipality (give the envelope a municipality, or pass --name <number>)",
      },
      expect.objectContaining({ record: '"b"' }),
    ]);
  });
});
