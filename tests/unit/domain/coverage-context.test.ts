import { describe, expect, it } from "vitest";
import { coverageTable } from "../../../src/domain/coverage.ts";
import { nationalContext } from "../../../src/domain/coverage-context.ts";
import type { NationalFigure } from "../../../src/domain/national-figure.ts";
import type { District, Municipality, Service } from "../../../src/domain/schema.ts";
import { makeMunicipality, makeService } from "../../fixtures/dataset.ts";

const now = new Date("2026-11-23T00:00:00Z");
const municipality = (number: string): Municipality => ({ ...makeMunicipality(number, 100), name: number });
const rph = (id: string, municipalities: string[], verified: string | undefined, districts?: string[]): Service =>
  makeService({
    id,
    name: id,
    referral: "not-needed",
    cost: "free",
    area: { municipalities, ...(districts ? { districts } : {}) },
    ...(verified ? { verified } : {}),
  });
const figure = (id: string, topic: string, value: string): NationalFigure => ({
  id,
  topic,
  figure: value,
  asOf: "2025",
  sourceUrls: ["https://example.no/"],
});

describe("national figures beside our count", () => {
  const municipalities = ["0301", "4601", "5501", "1101"].map(municipality);
  const districts: District[] = [
    { code: "030112", name: "Alna", municipality: "0301" },
    { code: "030104", name: "St. Hanshaugen", municipality: "0301" },
  ];
  const services = [
    rph("alna", ["0301"], "2026-03", ["Alna"]),
    rph("bergen", ["4601"], "2019"),
    rph("tromso", ["5501"], undefined),
    { ...rph("fontene", ["1101"], "2026-01"), type: "voluntary" as const },
  ];
  const dataset = { municipalities, services, districts };
  const table = coverageTable(dataset, { now });
  const figures = [
    figure("rph-napha", "RPH", "om lag 95 kommuner og bydeler"),
    figure("rph-sintef-survey", "rph", "94 kommuner"),
    figure("other", "Noe annet", "12"),
  ];

  it("groups figures by topic, whatever their id, and counts our confirmed municipalities by evidence age", () => {
    const [rphTopic, other] = nationalContext(figures, dataset, table);
    expect(rphTopic?.figures.map((f) => f.id)).toEqual(["rph-napha", "rph-sintef-survey"]);
    expect(rphTopic?.ours).toEqual({ confirmed: 3, recent: 1, old: 2, districts: 1 });
    expect(other).toMatchObject({ topic: "Noe annet" });
    expect(other?.ours).toBeUndefined();
  });
});
