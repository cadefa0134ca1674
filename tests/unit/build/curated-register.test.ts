import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "../../../src/build/csv.ts";
import { curatedDataDir } from "../../../src/build/paths.ts";
import { CRISIS_NUMBERS } from "../../../src/domain/crisis.ts";
import { type NationalFigure, nationalFiguresSchema } from "../../../src/domain/national-figure.ts";
import { type Service, serviceSchema } from "../../../src/domain/schema.ts";

/** The project's byte-identical copies of the research files the curated records cite. */
const researchServices = join(curatedDataDir, "research", "services");
const today = new Date().toISOString().slice(0, 10);

/** Which curated file holds the rows of which research files (the later passes add files of their own). */
const FILES = [
  {
    research: ["nasjonale_hjelpetelefoner.csv", "hjelpetelefoner_pass4.csv"],
    curated: "helplines.json",
    idColumn: "id",
  },
  { research: ["act_fact_team.csv", "act_fact_team_pass4.csv"], curated: "act-fact.json", idColumn: "id" },
  {
    research: ["rph_og_lavterskel_per_kommune.csv", "rph_og_lavterskel_pass4.csv", "rph_og_lavterskel_pass5.csv"],
    curated: "municipal-low-threshold.json",
  },
  { research: ["hfu_eksempler.csv", "hfu_pass4.csv"], curated: "hfu.json" },
  { research: ["studentsamskipnader.csv"], curated: "student.json" },
] as const;

const readServices = (name: string): Service[] =>
  (JSON.parse(readFileSync(join(curatedDataDir, "services", name), "utf8")) as unknown[]).map((r) =>
    serviceSchema.parse(r),
  );
const sharedText = (name: string) => readFileSync(join(researchServices, name), "utf8");
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
  for (const { research, curated, ...rest } of FILES) {
    describe(`${research.join(" + ")} → data/services/${curated}`, () => {
      const rows = research.flatMap(sharedRows);
      const records = readServices(curated);
      /** The rows a record transcribes: the row with its id, else the rows citing one of its sources for its area. */
      const sourceRows = (record: Service) => {
        if ("idColumn" in rest) {
          const own = rows.filter((row) => row[rest.idColumn] === record.id);
          if (own.length > 0) return own;
        }
        return rows.filter(
          (row) =>
            sourceUrlsOf(row).some((url) => record.source.urls.includes(url)) &&
            (!row.kommunenummer ||
              record.area.municipalities.length === 0 ||
              row.kommunenummer.split("|").some((n) => record.area.municipalities.includes(n))),
        );
      };
      const rowText = (record: Service) =>
        sourceRows(record)
          .map((row) => Object.values(row).join(" "))
          .join("\n");

      it("has as many records as the research files have rows", () => {
        expect(records).toHaveLength(rows.length);
      });

      if ("idColumn" in rest) {
        it("keeps every row's id", () => {
          const ids = new Set(records.map((r) => r.id));
          expect(rows.map((row) => row[rest.idColumn]).filter((id) => !ids.has(id!))).toEqual([]);
        });
      }

      it("cites every row's source URL, and only URLs the research files give", () => {
        const cited = new Set(records.flatMap((r) => r.source.urls));
        expect(rows.flatMap(sourceUrlsOf).filter((url) => !cited.has(url))).toEqual([]);
        const text = research.map(sharedText).join("\n");
        expect([...cited].filter((url) => !text.includes(url))).toEqual([]);
      });

      it("traces every record to the research row it transcribes", () => {
        expect(records.filter((r) => sourceRows(r).length === 0).map((r) => r.id)).toEqual([]);
      });

      it("never invents a phone number: every number appears in the record's source row", () => {
        const invented = records.flatMap((r) =>
          r.contacts.flatMap((c) =>
            (c.kind === "phone" || c.kind === "sms") && !squash(rowText(r)).includes(c.number)
              ? [`${r.id}: ${c.number}`]
              : [],
          ),
        );
        expect(invented).toEqual([]);
      });

      it("never invents a link, e-mail address or street address: each appears in the record's source row", () => {
        const invented = records.flatMap((r) => {
          const text = rowText(r);
          return [
            ...r.contacts.flatMap((c) =>
              (c.kind === "web" || c.kind === "chat") && !text.includes(c.url)
                ? [`${r.id}: ${c.url}`]
                : c.kind === "email" && !text.includes(c.address)
                  ? [`${r.id}: ${c.address}`]
                  : [],
            ),
            // The street part; the curated form may drop the source's extra words after it.
            ...r.locations.flatMap((l) => (text.includes(l.address.split(",")[0]!) ? [] : [`${r.id}: ${l.address}`])),
          ];
        });
        expect(invented).toEqual([]);
      });
    });
  }

  describe("nasjonale_tall.csv → data/national-figures.json", () => {
    const figures: NationalFigure[] = nationalFiguresSchema.parse(
      JSON.parse(readFileSync(join(curatedDataDir, "national-figures.json"), "utf8")),
    );
    const rows = sharedRows("nasjonale_tall.csv");
    /** Figures found in later research passes, not in nasjonale_tall.csv: the research file that gives each link. */
    const EXTRA: Record<string, string> = {
      "fact-ung-fontene": "act_fact_team.csv",
      "rph-sintef-2024-egen": "PASS4.md",
      "rph-sintef-2024-interkommunal": "PASS4.md",
      "rph-sintef-2024-planlegger": "PASS4.md",
      "rph-sintef-2024-ingen": "PASS4.md",
      "rph-sintef-2024-arsverk": "PASS4.md",
      "lavterskel-sintef-2024": "PASS4.md",
      "rph-vartoslo-2021": "rph_og_lavterskel_pass4.csv",
      "fact-ung-tv2-2025-11-09": "act_fact_team_pass4.csv",
    };
    const extra = figures.filter((f) => f.id in EXTRA);

    it("has every row plus the documented extra figures", () => {
      expect(extra.map((f) => f.id).sort()).toEqual(Object.keys(EXTRA).sort());
      expect(figures).toHaveLength(rows.length + extra.length);
    });

    it("cites every row's source, and each extra figure's source is in the research file named for it", () => {
      const cited = new Set(figures.flatMap((f) => f.sourceUrls));
      expect(rows.flatMap(sourceUrlsOf).filter((url) => !cited.has(url))).toEqual([]);
      for (const f of extra) for (const url of f.sourceUrls) expect(sharedText(EXTRA[f.id]!), f.id).toContain(url);
    });
  });
});

describe("the built-in crisis numbers", () => {
  const helplines = readServices("helplines.json");

  it("match the current sourced helpline records by id and phone number", () => {
    for (const { number, serviceId } of CRISIS_NUMBERS) {
      const record = helplines.find((s) => s.id === serviceId);
      expect(record, serviceId).toBeDefined();
      expect(record!.status).toBe("active");
      expect(record!.supersededBy, `${serviceId} is superseded`).toBeUndefined();
      expect(record!.contacts).toContainEqual(expect.objectContaining({ kind: "phone", number }));
    }
  });
});
