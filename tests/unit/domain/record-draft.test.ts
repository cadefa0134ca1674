import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { curatedDataDir } from "../../../src/build/paths.ts";
import {
  draftToRecord,
  emptyDraft,
  newRecordId,
  normalizePhone,
  recordToDraft,
  slug,
} from "../../../src/domain/record-draft.ts";
import type { Service } from "../../../src/domain/schema.ts";

const dir = join(curatedDataDir, "services");
const all: Service[] = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Service[]);

describe("record drafts", () => {
  it("every curated record survives record → form → record unchanged (so 'unchanged' really means unchanged)", () => {
    for (const service of all) {
      const back = draftToRecord(recordToDraft(service, "k"), service.id, service.area.municipalities[0] ?? "0301");
      expect(back, service.id).toEqual(service);
    }
  });

  it("leaves empty optional fields out and writes a new record for the municipality", () => {
    const draft = { ...emptyDraft("k"), type: "rph" as const, name: " Rask psykisk helsehjelp " };
    const record = draftToRecord(draft, "rph-3403-x", "3403");
    expect(record).toEqual({
      id: "rph-3403-x",
      type: "rph",
      name: "Rask psykisk helsehjelp",
      status: "active",
      topics: ["mental-health"],
      referral: "unknown",
      cost: "unknown",
      contacts: [],
      locations: [],
      area: { municipalities: ["3403"] },
      source: { urls: [], dateText: "" },
    });
  });

  it("accepts phone numbers as people write them, and keeps non-numbers for the schema to name", () => {
    expect(normalizePhone("+47 62 50 97 55")).toBe("62509755");
    expect(normalizePhone("0047 625-09-755")).toBe("62509755");
    expect(normalizePhone("116 123")).toBe("116123");
    expect(normalizePhone("1234")).toBe("1234");
    const draft = { ...emptyDraft("k"), ageMin: "16 år" };
    expect(draftToRecord(draft, "x", "3403").ageMin).toBe("16 år");
  });

  it("makes ids following data/README.md, unique among taken ids", () => {
    expect(slug("Sagatun Brukerstyrt Senter – Hamar")).toBe("sagatun-brukerstyrt-senter-hamar");
    expect(slug("Æ Ø Å é")).toBe("ae-o-a-e");
    const draft = { ...emptyDraft("k"), type: "low-threshold-other" as const, name: "Møteplass" };
    expect(newRecordId(draft, "3403", new Set())).toBe("lt-3403-moteplass");
    expect(newRecordId(draft, "3403", new Set(["lt-3403-moteplass"]))).toBe("lt-3403-moteplass-2");
  });
});
