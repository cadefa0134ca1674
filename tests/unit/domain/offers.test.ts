import { describe, expect, it } from "vitest";
import { localServices, nationalLines, servicesFor } from "../../../src/domain/offers.ts";
import type { Service } from "../../../src/domain/schema.ts";
import { makeService } from "../../fixtures/dataset.ts";

const make = (id: string, area: Service["area"], patch: Partial<Service> = {}): Service =>
  makeService({ id, name: id, area, ...patch });

const services = [
  make("national-school", { national: true, municipalities: [] }, { type: "school-health", statutory: true }),
  make("oslo-a", { municipalities: ["0301"] }),
  make("shared", { municipalities: ["0301", "3201"] }),
  make("line", { national: true, municipalities: [] }, { type: "helpline" }),
  make("oslo-old", { municipalities: ["0301"] }, { supersededBy: "oslo-a" }),
  make("sos", { national: true, municipalities: [] }, { type: "emergency" }),
];

describe("services by municipality", () => {
  it("gives the same services, in dataset order, as a walk over every record", () => {
    for (const number of ["0301", "3201", "1151"]) {
      const walk = services.filter((s) => s.area.national || s.area.municipalities.includes(number));
      const { current, history } = servicesFor(services, number);
      expect(current.map((s) => s.id)).toEqual(walk.filter((s) => !s.supersededBy).map((s) => s.id));
      expect(history.map((s) => s.id)).toEqual(walk.filter((s) => s.supersededBy).map((s) => s.id));
    }
  });
  it("keeps local offers apart from national ones", () => {
    expect(localServices(services, "0301").current.map((s) => s.id)).toEqual(["oslo-a", "shared"]);
    expect(localServices(services, "1151").current).toEqual([]);
  });
  it("lists national lines emergency first", () => {
    expect(nationalLines(services).map((s) => s.id)).toEqual(["sos", "line"]);
  });
});
