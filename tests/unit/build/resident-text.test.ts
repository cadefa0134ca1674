import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { curatedDataDir } from "../../../src/build/paths.ts";
import { maintainerProseIn } from "../../../src/build/resident-text.ts";
import { type Service, serviceSchema } from "../../../src/domain/schema.ts";

const record = (overrides: Partial<Service> = {}): Service => ({
  id: "lt-3403-hamar-sagatun",
  type: "voluntary",
  name: "Sagatun Brukerstyrt Senter",
  status: "active",
  topics: ["mental-health"],
  referral: "unknown",
  cost: "unknown",
  contacts: [{ kind: "phone", number: "62509755", label: "Kontortelefon" }],
  locations: [{ address: "Sagatunvegen 47A, 2317 Hamar" }],
  openingHoursText: "man–fre 08:00–15:30",
  area: { municipalities: ["3403"] },
  source: { urls: ["https://sagatun.no/"], dateText: "ukjent (trolig 2023)" },
  maintainerNote: "Lest av tredjepart; verifiser mot kommunens side. Status i kilden: har tilbud (per kilde).",
  ...overrides,
});

describe("maintainerProseIn", () => {
  it("finds nothing in plain facts, and never reads the maintainer note", () => {
    expect(maintainerProseIn(record())).toEqual([]);
  });

  it.each([
    ["name", { name: "Rask psykisk helsehjelp (verifiser)" }],
    ["description", { description: "Lest via tredjepartsrepo." }],
    ["audience", { audience: "voksne (per kilde)" }],
    ["openingHoursText", { openingHoursText: "Mandag 14–18 (per april 2020)" }],
    ["openingHoursText", { openingHoursText: 'Varierer: "kl. 14–22" (Framtida)' }],
    ["locations.0.address", { locations: [{ address: "Brekstad (ikke fullstendig adresse i kilden)" }] }],
    ["contacts.0.label", { contacts: [{ kind: "phone" as const, number: "62509755", label: "fyll inn" }] }],
    ["source.dateText", { source: { urls: ["https://sagatun.no/"], dateText: "2026-09-08 (lest av tredjepart)" } }],
  ])("names the field %s that carries maintainer prose", (field, overrides) => {
    expect(maintainerProseIn(record(overrides)).map((p) => p.field)).toContain(field);
  });
});

describe("the curated register", () => {
  const records = readdirSync(join(curatedDataDir, "services"))
    .filter((name) => name.endsWith(".json"))
    .flatMap((name) =>
      (JSON.parse(readFileSync(join(curatedDataDir, "services", name), "utf8")) as unknown[]).map((r) =>
        serviceSchema.parse(r),
      ),
    );

  it("keeps maintainer prose out of every resident-visible text", () => {
    const found = records.flatMap((r) =>
      maintainerProseIn(r).map((p) => `${r.id} › ${p.field}: ${p.text} (matches /${p.marker}/)`),
    );
    expect(found).toEqual([]);
  });
});
