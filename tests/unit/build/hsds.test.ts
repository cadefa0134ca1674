import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsvRecords } from "../../../src/build/csv.ts";
import { assembleDataset } from "../../../src/build/dataset-build.ts";
import { hsdsId, parseAddress, toHsds, weeklyRows, writeHsdsExport } from "../../../src/build/hsds.ts";
import { baseDataDir, curatedDataDir, hsdsSchemaDir } from "../../../src/build/paths.ts";
import { type Dataset, SCHEMA_VERSION, type Service } from "../../../src/domain/schema.ts";
import { MUNICIPALITY_COUNT } from "../../fixtures/register.ts";

/**
 * A validator for one compiled HSDS schema from data/hsds-schema (CC BY-SA 4.0, see data/SOURCES.md). Any $ref
 * to another schema is loaded from the same folder on demand; each schema is compiled once.
 */
const validators = new Map<string, Promise<ValidateFunction>>();
function validator(name: string): Promise<ValidateFunction> {
  const read = (file: string) => JSON.parse(readFileSync(join(hsdsSchemaDir, "compiled", basename(file)), "utf8"));
  if (!validators.has(name)) {
    const ajv = new Ajv({ strict: false, allErrors: true, loadSchema: async (uri) => read(uri) });
    addFormats(ajv);
    validators.set(name, ajv.compileAsync(read(name)));
  }
  return validators.get(name)!;
}

/** The parts of an exported HSDS service the assertions read. */
interface ServiceView {
  status: string;
  alert?: string;
  assured_date?: string;
  url?: string;
  email?: string;
  phones: { number: string; type: string }[];
  schedules: Record<string, string>[];
  service_areas: { name: string; extent: string; description: string }[];
  service_at_locations: { location: { addresses?: Record<string, string>[] } }[];
  organization: { name: string; parent_organization_id?: string };
}

const service = (overrides: Partial<Service> & Pick<Service, "id">): Service => ({
  type: "rph",
  name: `Tjeneste ${overrides.id}`,
  status: "active",
  topics: ["mental-health"],
  referral: "not-needed",
  cost: "free",
  contacts: [],
  locations: [],
  area: { municipalities: ["0301"] },
  source: { urls: ["https://example.kommune.no/side"], dateText: "2024-05-01" },
  verified: "2024-05-01",
  ...overrides,
});

/** A small dataset exercising every mapping: phones, sms, web, e-mail, hours past midnight, addresses, history. */
const handMade: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  version: "testtesttest",
  builtAt: "2025-06-01T00:00:00.000Z",
  counties: [{ number: "03", name: "Oslo", shortName: "Oslo" }],
  municipalities: [
    { number: "0301", name: "Oslo", nameNorwegian: "Oslo", names: ["Oslo"], county: "03", population: 700000 },
  ],
  districts: [],
  holidays: [],
  attribution: [],
  services: [
    service({
      id: "rph-oslo",
      provider: "Oslo kommune",
      parent: "Helseetaten",
      contacts: [
        { kind: "phone", number: "21802180", label: "Sentralbord" },
        { kind: "sms", number: "41234567" },
        { kind: "web", url: "https://www.oslo.kommune.no/rph" },
        { kind: "email", address: "rph@oslo.kommune.no" },
      ],
      locations: [
        { address: "Trygve Lies plass 6, 1051 Oslo", municipality: "0301" },
        { address: "rådhusets foajé", name: "Rådhuset" },
      ],
      openingHours: "Mo-Fr 08:00-15:30; Sa 22:00-02:00",
      hours: {
        week: [[480, 930], [480, 930], [480, 930], [480, 930], [480, 930], [1320, 1560], []],
        closedOnHolidays: true,
      },
      area: { municipalities: ["0301"], districts: ["Alna"] },
    }),
    service({ id: "rph-oslo-old", status: "active", supersededBy: "rph-oslo", verified: "2014" }),
    service({ id: "absent", status: "reported-absent", maintainerNote: "Kilden sier nei." }),
    service({ id: "closed", type: "fact", status: "inactive", verified: undefined }),
    service({
      id: "helpline",
      type: "helpline",
      contacts: [{ kind: "phone", number: "116123" }],
      area: { national: true, municipalities: [] },
      hours: { week: Array.from({ length: 7 }, () => [0, 1440]), closedOnHolidays: false },
      openingHoursText: "Døgnåpen",
    }),
  ],
};

describe("HSDS helpers", () => {
  it("makes stable, well-formed UUIDs", () => {
    expect(hsdsId("service", "x")).toBe(hsdsId("service", "x"));
    expect(hsdsId("service", "x")).not.toBe(hsdsId("location", "x"));
    expect(hsdsId("service", "x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("parses only addresses that print a postal code and place", () => {
    expect(parseAddress("Trygve Lies plass 6, 1051 Oslo")).toEqual({
      street: "Trygve Lies plass 6",
      postalCode: "1051",
      city: "Oslo",
    });
    expect(parseAddress("rådhusets foajé")).toBeUndefined();
    expect(parseAddress("Hummeldalsvegen 1, Elverum")).toBeUndefined();
  });

  it("groups days sharing a range and writes times past midnight as next-day closes", () => {
    const rows = weeklyRows(handMade.services[0]!.hours!);
    expect(rows).toEqual([
      { days: [0, 1, 2, 3, 4], opensAt: "08:00", closesAt: "15:30", nextDay: false },
      { days: [5], opensAt: "22:00", closesAt: "02:00", nextDay: true },
    ]);
    expect(weeklyRows({ week: Array.from({ length: 7 }, () => [0, 1440]), closedOnHolidays: false })).toEqual([
      { days: [0, 1, 2, 3, 4, 5, 6], opensAt: "00:00", closesAt: "24:00", nextDay: false },
    ]);
  });
});

describe("toHsds on a hand-made dataset", () => {
  const out = toHsds(handMade);
  const byName = (name: string) => out.services.find((s) => s.name === name) as unknown as ServiceView;

  it("maps contacts, status, dates, areas and locations", () => {
    const rph = byName("Tjeneste rph-oslo");
    expect(rph.status).toBe("active");
    expect(rph.assured_date).toBe("2024-05-01");
    expect(rph.url).toBe("https://www.oslo.kommune.no/rph");
    expect(rph.email).toBe("rph@oslo.kommune.no");
    expect(rph.phones.map((p) => [p.number, p.type])).toEqual([
      ["21802180", "voice"],
      ["41234567", "text"],
    ]);
    expect(rph.schedules[0]).toMatchObject({
      freq: "WEEKLY",
      byday: "MO,TU,WE,TH,FR",
      opens_at: "08:00",
      closes_at: "15:30",
    });
    expect(rph.schedules[0].notes).toContain("helligdager");
    expect(rph.service_areas).toEqual([
      expect.objectContaining({ extent: "0301", description: "Kommunenummer 0301. Bydel: Alna." }),
    ]);
    expect(rph.service_at_locations).toHaveLength(2);
    expect(rph.service_at_locations[0]?.location.addresses?.[0]).toMatchObject({
      postal_code: "1051",
      city: "Oslo",
      state_province: "Oslo",
    });
    expect(rph.service_at_locations[1].location).not.toHaveProperty("addresses");
    expect(rph.organization.name).toBe("Oslo kommune");
    const parent = out.organizations.find((o) => o.name === "Helseetaten")!;
    expect(rph.organization.parent_organization_id).toBe(parent.id);
  });

  it("never shows history, absence or closure as active, and invents no contact", () => {
    expect(byName("Tjeneste rph-oslo-old").status).toBe("inactive");
    expect(byName("Tjeneste absent")).toMatchObject({ status: "inactive" });
    expect(byName("Tjeneste absent").alert).toContain("Kilden sier nei.");
    const closed = byName("Tjeneste closed");
    expect(closed.status).toBe("defunct");
    expect(closed).not.toHaveProperty("assured_date");
    expect(closed).not.toHaveProperty("phones");
    expect(closed).not.toHaveProperty("url");
    expect(byName("Tjeneste helpline").service_areas).toEqual([expect.objectContaining({ name: "Norge" })]);
  });

  it("writes one coverage row per municipality with state and verified date per group", () => {
    const rows = parseCsvRecords(out.coverageCsv);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values).toMatchObject({
      kommunenummer: "0301",
      folketall: "700000",
      rph_status: "confirmed",
      rph_verifisert: "2024-05-01",
      "low-threshold-other_status": "unknown",
      "act-fact_status": "inactive",
    });
  });
});

describe("the HSDS export validates against the published HSDS 3.0 schemas", () => {
  const assembled = assembleDataset({ baseDir: baseDataDir, curatedDir: curatedDataDir, now: new Date() });
  // The real data, never a stand-in: without it these tests would validate nothing they name.
  if (!assembled.build) throw new Error(`the data in data/ did not build: ${JSON.stringify(assembled).slice(0, 500)}`);
  const dataset = assembled.build.dataset;
  const outDir = mkdtempSync(join(tmpdir(), "hjelpekart-hsds-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const exported = writeHsdsExport(dataset, outDir);

  it("builds from the real data in data/", () => {
    expect(dataset.municipalities).toHaveLength(MUNICIPALITY_COUNT);
    expect(dataset.services.length).toBeGreaterThan(MUNICIPALITY_COUNT);
    expect(exported.services).toHaveLength(dataset.services.length);
  });

  it("every service validates against compiled/service.json", { timeout: 60_000 }, async () => {
    const validate = await validator("service.json");
    const failures = exported.services.flatMap((s) =>
      validate(s as unknown) ? [] : (validate.errors ?? []).map((e) => `${s.name}: ${e.instancePath} ${e.message}`),
    );
    expect(failures).toEqual([]);
  });

  it("the hand-made dataset's services validate too, and the validator does reject a bad object", {
    timeout: 60_000,
  }, async () => {
    const validate = await validator("service.json");
    for (const s of toHsds(handMade).services) expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ id: "not-a-uuid", name: "x", status: "planned" })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(["/id", "/status"]);
  });

  it("every organization validates against compiled/organization.json", { timeout: 60_000 }, async () => {
    const validate = await validator("organization.json");
    const failures = exported.organizations.flatMap((o) =>
      validate(o as unknown) ? [] : (validate.errors ?? []).map((e) => `${o.name}: ${e.instancePath} ${e.message}`),
    );
    expect(failures).toEqual([]);
  });

  it("a known service's service areas carry its kommunenummer", () => {
    const record = dataset.services.find((s) => s.id === "rph-3201-baerum")!;
    const exportedService = exported.services.find(
      (s) => s.id === hsdsId("service", record.id),
    ) as unknown as ServiceView;
    expect(exportedService.service_areas.map((a) => a.extent)).toEqual(record.area.municipalities);
    expect(exportedService.service_areas[0].description).toContain(record.area.municipalities[0]);
  });

  it("writes the files the build serves under hsds/", () => {
    for (const file of ["services.json", "organizations.json", "coverage.csv", "sources.csv", "README.txt"]) {
      expect(existsSync(join(outDir, "hsds", file))).toBe(true);
    }
    const coverage = parseCsvRecords(readFileSync(join(outDir, "hsds/coverage.csv"), "utf8"));
    expect(coverage).toHaveLength(MUNICIPALITY_COUNT);
    expect(readFileSync(join(outDir, "hsds/README.txt"), "utf8")).toContain("CC BY-SA 4.0");
  });
});
