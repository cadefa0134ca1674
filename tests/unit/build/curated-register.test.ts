import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "../../../src/build/csv.ts";
import { curatedDataDir, researchServicesDir } from "../../../src/build/paths.ts";
import { CRISIS_NUMBERS } from "../../../src/domain/crisis.ts";
import { type NationalFigure, nationalFiguresSchema } from "../../../src/domain/national-figure.ts";
import { type Service, serviceSchema } from "../../../src/domain/schema.ts";

const today = new Date().toISOString().slice(0, 10);

/** Which curated file holds the rows of which research file (data/research/services). */
const FILES = [
  { shared: "nasjonale_hjelpetelefoner.csv", curated: "helplines.json", idColumn: "id" },
  { shared: "act_fact_team.csv", curated: "act-fact.json", idColumn: "id" },
  { shared: "rph_og_lavterskel_per_kommune.csv", curated: "municipal-low-threshold.json" },
  { shared: "hfu_eksempler.csv", curated: "hfu.json" },
  { shared: "studentsamskipnader.csv", curated: "student.json" },
] as const;

const readServices = (name: string): Service[] =>
  (JSON.parse(readFileSync(join(curatedDataDir, "services", name), "utf8")) as unknown[]).map((r) =>
    serviceSchema.parse(r),
  );
const sharedText = (name: string) => readFileSync(join(researchServicesDir, name), "utf8");
const sharedRows = (name: string) => parseCsvRecords(sharedText(name)).map((r) => r.values);
const sourceUrlsOf = (row: Record<string, string>) =>
  (row.kilde_url ?? "")
    .split(" ; ")
    .map((u) => u.trim())
    .filter(Boolean);
/** Digits as they would appear with spaces (also non-breaking ones) removed: "22 40 00 40" → "22400040". */
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]/g, "");

describe("every curated record is sourced and dated honestly", () => {
  const all = [...FILES.map((f) => f.curated), "statutory.json"].flatMap((name) =>
    readServices(name).map((service) => ({ name, service })),
  );

  it("has a source URL and a source date text", () => {
    for (const { service } of all) {
      expect(service.source.urls.length, service.id).toBeGreaterThan(0);
      expect(service.source.dateText.trim(), service.id).not.toBe("");
    }
  });

  it("has no verified date after today (the build date)", () => {
    const late = all.filter(({ service }) => service.verified !== undefined && service.verified > today);
    expect(late.map(({ service }) => service.id)).toEqual([]);
  });
});

describe("every sourced row is curated, and nothing is invented", () => {
  for (const { shared, curated, ...rest } of FILES) {
    describe(`${shared} → data/services/${curated}`, () => {
      const rows = sharedRows(shared);
      const records = readServices(curated);
      const text = sharedText(shared);
      const digits = squash(text);

      it("has as many records as the shared file has rows", () => {
        expect(records).toHaveLength(rows.length);
      });

      if ("idColumn" in rest) {
        it("keeps every row's id", () => {
          const ids = new Set(records.map((r) => r.id));
          expect(rows.map((row) => row[rest.idColumn]).filter((id) => !ids.has(id!))).toEqual([]);
        });
      }

      it("cites every row's source URL, and only URLs the shared file gives", () => {
        const cited = new Set(records.flatMap((r) => r.source.urls));
        expect(rows.flatMap(sourceUrlsOf).filter((url) => !cited.has(url))).toEqual([]);
        expect([...cited].filter((url) => !text.includes(url))).toEqual([]);
      });

      it("never invents a phone number: every number appears in the shared file", () => {
        const invented = records.flatMap((r) =>
          r.contacts.flatMap((c) =>
            (c.kind === "phone" || c.kind === "sms") && !digits.includes(c.number) ? [`${r.id}: ${c.number}`] : [],
          ),
        );
        expect(invented).toEqual([]);
      });

      it("never invents a link, e-mail address or street address", () => {
        const invented = records.flatMap((r) => [
          ...r.contacts.flatMap((c) =>
            (c.kind === "web" || c.kind === "chat") && !text.includes(c.url)
              ? [`${r.id}: ${c.url}`]
              : c.kind === "email" && !text.includes(c.address)
                ? [`${r.id}: ${c.address}`]
                : [],
          ),
          // The street part; the curated form may drop the source's extra words after it.
          ...r.locations.flatMap((l) => (text.includes(l.address.split(",")[0]!) ? [] : [`${r.id}: ${l.address}`])),
        ]);
        expect(invented).toEqual([]);
      });
    });
  }

  describe("nasjonale_tall.csv → data/national-figures.json", () => {
    const figures: NationalFigure[] = nationalFiguresSchema.parse(
      JSON.parse(readFileSync(join(curatedDataDir, "national-figures.json"), "utf8")),
    );
    const rows = sharedRows("nasjonale_tall.csv");
    // One figure is documented as coming from another shared file (its note says so).
    const extra = figures.filter((f) => f.note?.includes("Ikke i nasjonale_tall.csv"));

    it("has every row plus the one documented extra figure", () => {
      expect(extra.map((f) => f.id)).toEqual(["fact-ung-fontene"]);
      expect(figures).toHaveLength(rows.length + extra.length);
    });

    it("cites every row's source, and the extra figure's source is in the shared ACT/FACT file", () => {
      const cited = new Set(figures.flatMap((f) => f.sourceUrls));
      expect(rows.flatMap(sourceUrlsOf).filter((url) => !cited.has(url))).toEqual([]);
      const actFact = sharedText("act_fact_team.csv");
      for (const url of extra.flatMap((f) => f.sourceUrls)) expect(actFact).toContain(url);
    });
  });
});

describe("the built-in crisis numbers", () => {
  const helplines = readServices("helplines.json");

  it("match the sourced helpline records by id and phone number", () => {
    for (const { number, serviceId } of CRISIS_NUMBERS) {
      const record = helplines.find((s) => s.id === serviceId);
      expect(record, serviceId).toBeDefined();
      expect(record!.status).toBe("active");
      expect(record!.contacts).toContainEqual(expect.objectContaining({ kind: "phone", number }));
    }
  });
});
