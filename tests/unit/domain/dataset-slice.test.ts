import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadServiceDir } from "../../../src/build/load-services.ts";
import { curatedDataDir } from "../../../src/build/paths.ts";
import { assembleSlice, sliceDataset, splitDataset } from "../../../src/domain/dataset-slice.ts";
import { districtsOf } from "../../../src/domain/districts.ts";
import { localServices, nationalLines, servicesFor } from "../../../src/domain/offers.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { makeDataset, makeMunicipality, makeService } from "../../fixtures/dataset.ts";

/** The real curated services over every municipality they name, so the slice is checked against today's data. */
function curatedDataset(): Dataset {
  const services = loadServiceDir(join(curatedDataDir, "services")).services.map((s) => s.service);
  const numbers = new Set(["0301", ...services.flatMap((s) => s.area.municipalities)]);
  return makeDataset("slice-test-1", {
    municipalities: [...numbers].sort().map((n) => makeMunicipality(n)),
    districts: [
      { code: "030101", name: "Gamle Oslo", municipality: "0301" },
      { code: "030102", name: "Grünerløkka", municipality: "0301" },
      { code: "460101", name: "Elsewhere", municipality: "4601" },
    ],
    services,
  });
}

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe("sliceDataset", () => {
  const full = curatedDataset();
  const now = new Date("2026-11-23T12:00:00Z");

  it("gives every municipality's page exactly what the national dataset gives it", () => {
    expect(full.municipalities.length).toBeGreaterThan(100);
    for (const { number } of full.municipalities) {
      const slice = sliceDataset(full, number);
      expect(slice, number).toBeDefined();
      const fromFull = servicesFor(full.services, number, now);
      const fromSlice = servicesFor(slice!.services, number, now);
      expect(ids(fromSlice.current), number).toEqual(ids(fromFull.current));
      expect(ids(fromSlice.history), number).toEqual(ids(fromFull.history));
      expect(ids(localServices(slice!.services, number).current)).toEqual(
        ids(localServices(full.services, number).current),
      );
      expect(ids(nationalLines(slice!.services))).toEqual(ids(nationalLines(full.services)));
      expect(districtsOf(slice!.districts, number)).toEqual(districtsOf(full.districts, number));
    }
  });

  it("keeps the municipalities a shared offer names, so its whole area can still be named", () => {
    const shared = makeService({ id: "shared", area: { municipalities: ["3403", "3405", "3401"] } });
    const dataset = makeDataset("slice-test-2", {
      municipalities: ["3401", "3403", "3405", "3407"].map((n) => makeMunicipality(n)),
      services: [shared, makeService({ id: "gjovik-only", area: { municipalities: ["3407"] } })],
    });
    const slice = sliceDataset(dataset, "3403")!;
    expect(slice.municipalities.map((m) => m.number)).toEqual(["3401", "3403", "3405"]);
    expect(ids(slice.services)).toEqual(["shared"]);
  });

  it("leaves out the other municipalities' districts and services, and keeps what every page shares", () => {
    const slice = sliceDataset(full, "0301")!;
    expect(slice.districts.map((d) => d.code)).toEqual(["030101", "030102"]);
    expect(slice.services.length).toBeLessThan(full.services.length / 2);
    expect(slice.version).toBe(full.version);
    expect(slice.counties).toBe(full.counties);
    expect(slice.holidays).toBe(full.holidays);
  });

  it("is undefined for a number that is not a municipality", () => {
    expect(sliceDataset(full, "9999")).toBeUndefined();
  });

  it("stored as a shared part and one part per municipality, it assembles into exactly the same share", () => {
    const { shared, parts } = splitDataset(full);
    expect(parts.size).toBe(full.municipalities.length);
    for (const { number } of full.municipalities) {
      expect(assembleSlice(shared, parts.get(number)!), number).toEqual(sliceDataset(full, number));
    }
  });
});
