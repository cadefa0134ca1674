import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addContribution, formatContributionHeader } from "../../../src/build/data-add.ts";
import { formatDataJson } from "../../../src/build/json-format.ts";
import { baseDataDir, curatedDataDir, repoRoot } from "../../../src/build/paths.ts";
import { makeContribution } from "../../../src/domain/contribution.ts";
import type { Service } from "../../../src/domain/schema.ts";

const baseDir = baseDataDir;
// The real date: the register holds recent dates that a fixed past "now" would call future.
const now = new Date();
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of data/ in a temp folder: tests never write the real register. */
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), "hjelpekart-data-add-"));
  temps.push(dir);
  // The schemas and research copies are not needed to merge; leaving them out keeps each copy small.
  const skip = new Set(["hsds-schema", "research"].map((name) => join(curatedDataDir, name)));
  cpSync(curatedDataDir, join(dir, "data"), { recursive: true, filter: (path) => !skip.has(path) });
  return join(dir, "data");
}

function writeContribution(dir: string, value: unknown): string {
  const file = join(dir, "..", "contribution.json");
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const newRecord: Service = {
  id: "lt-3403-hamar-eksempel",
  type: "low-threshold-other",
  name: "Eksempeltilbud i Hamar",
  provider: "Hamar kommune",
  status: "active",
  topics: ["mental-health"],
  referral: "not-needed",
  cost: "free",
  contacts: [{ kind: "phone", number: "62509755" }],
  locations: [{ address: "Sagatunvegen 47A, 2317 Hamar", municipality: "3403" }],
  openingHours: "Mo-Fr 08:00-15:30",
  area: { municipalities: ["3403"] },
  source: { urls: ["https://www.hamar.kommune.no/"], dateText: "2025-05" },
  verified: "2025-05",
};

const existing = (dir: string, id: string): Service => {
  const records = JSON.parse(readFileSync(join(dir, "services/municipal-low-threshold.json"), "utf8")) as Service[];
  return records.find((r) => r.id === id)!;
};

describe("json-format", () => {
  it("reproduces every curated file byte for byte, so a merge touches only changed lines", () => {
    const dir = join(curatedDataDir, "services");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      const text = readFileSync(join(dir, name), "utf8");
      expect(formatDataJson(JSON.parse(text)), name).toBe(text);
    }
  });
});

describe("data:add", () => {
  it("adds new records to contributed-<number>.json and updates changed ones in place", () => {
    const dir = copyOfData();
    const before = readFileSync(join(dir, "services/municipal-low-threshold.json"), "utf8");
    const original = existing(dir, "lt-3403-hamar-kid");
    const changed = { ...original, cost: "paid" as const };
    const file = writeContribution(
      dir,
      makeContribution({ municipality: "3403", createdAt: now.toISOString(), services: [newRecord, changed] }),
    );
    const result = addContribution({ file, curatedDir: dir, baseDir, now });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.diff.added.map((s) => s.id)).toEqual([newRecord.id]);
    expect(result.diff.changed.map((c) => [c.id, c.fields])).toEqual([
      ["lt-3403-hamar-kid", [{ path: "cost", before: original.cost, after: "paid" }]],
    ]);
    const added = JSON.parse(readFileSync(join(dir, "services/contributed-3403.json"), "utf8"));
    expect(added).toEqual([newRecord]);
    const after = readFileSync(join(dir, "services/municipal-low-threshold.json"), "utf8");
    // Only the changed line differs.
    const differing = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(differing).toEqual(['    "cost": "paid",']);
    // The first full check of the real register in this process compiles every opening-hours string.
  }, 60_000);

  it("keeps a record's maintainer note when the edited record comes back without one, and takes a new one", () => {
    const dir = copyOfData();
    const original = existing(dir, "lt-3403-hamar-kid");
    expect(original.maintainerNote).toBeTruthy();
    const { maintainerNote: _note, ...withoutNote } = original;
    const file = writeContribution(
      dir,
      makeContribution({
        municipality: "3403",
        createdAt: now.toISOString(),
        services: [{ ...withoutNote, cost: "paid" }],
      }),
    );
    expect(addContribution({ file, curatedDir: dir, baseDir, now }).ok).toBe(true);
    expect(existing(dir, "lt-3403-hamar-kid")).toMatchObject({ cost: "paid", maintainerNote: original.maintainerNote });
    const renoted = writeContribution(
      dir,
      makeContribution({
        municipality: "3403",
        createdAt: now.toISOString(),
        services: [{ ...withoutNote, maintainerNote: "Ny kilde lest 2026." }],
      }),
    );
    expect(addContribution({ file: renoted, curatedDir: dir, baseDir, now }).ok).toBe(true);
    expect(existing(dir, "lt-3403-hamar-kid").maintainerNote).toBe("Ny kilde lest 2026.");
  }, 60_000);

  const helplines = (dir: string) =>
    JSON.parse(readFileSync(join(dir, "services/helplines.json"), "utf8")) as Service[];

  it.each([
    [
      "changes the 113 record's number",
      (dir: string) => {
        const record = helplines(dir).find((r) => r.id === "nodnummer-113")!;
        return { ...record, contacts: [{ kind: "phone", number: "22334455" }] };
      },
      "nodnummer-113",
      /is a national record: a contribution for municipality 3403 may not add or change it/,
    ],
    [
      "sets another municipality's RPH record inactive",
      (dir: string) => ({ ...existing(dir, "rph-3201-baerum"), status: "inactive" }),
      "rph-3201-baerum",
      /belongs to municipality 3201: a contribution for municipality 3403 may not change it/,
    ],
    [
      "adds a local type marked national",
      () => ({ ...newRecord, type: "rph", area: { national: true, municipalities: [] } }),
      newRecord.id,
      /national/,
    ],
    [
      "adds a new helpline",
      () => ({ ...newRecord, type: "helpline", area: { national: true, municipalities: [] } }),
      newRecord.id,
      /is a national record/,
    ],
    [
      "adds a record serving another municipality too",
      () => ({ ...newRecord, area: { municipalities: ["3403", "3401"] } }),
      newRecord.id,
      /serves municipality 3401: a contribution for municipality 3403 may only add or change records of 3403/,
    ],
  ])("a file for 3403 that %s is refused, naming the record, and nothing is written", (_, make, id, words) => {
    const dir = copyOfData();
    const before = readdirSync(join(dir, "services")).map((name) => readFileSync(join(dir, "services", name), "utf8"));
    const file = writeContribution(
      dir,
      makeContribution({ municipality: "3403", createdAt: now.toISOString(), services: [make(dir) as Service] }),
    );
    const result = addContribution({ file, curatedDir: dir, baseDir, now });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => `${e.record} ${e.message}`).join("\n")).toMatch(
      new RegExp(`"${id}".*${words.source}`),
    );
    const after = readdirSync(join(dir, "services")).map((name) => readFileSync(join(dir, "services", name), "utf8"));
    expect(after).toEqual(before);
  });

  it("a file marked 0301 whose records serve 3403 is refused", () => {
    const dir = copyOfData();
    const file = writeContribution(
      dir,
      makeContribution({ municipality: "0301", createdAt: "", services: [newRecord] }),
    );
    const result = addContribution({ file, curatedDir: dir, baseDir, now });
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        record: `"${newRecord.id}"`,
        field: "area.municipalities",
        message: expect.stringMatching(/serves municipality 3403/),
      }),
    );
    expect(existsSync(join(dir, "services/contributed-0301.json"))).toBe(false);
  });

  it("refuses invalid UTF-8 (a Latin-1 file) instead of writing U+FFFD", () => {
    const dir = copyOfData();
    const file = join(dir, "..", "latin1.json");
    writeFileSync(file, Buffer.from(JSON.stringify([{ ...newRecord, name: "Tilbud på Hamar, Bærum-stil" }]), "latin1"));
    const result = addContribution({ file, curatedDir: dir, baseDir, now });
    expect(result.ok).toBe(false);
    expect(result.errors[0]?.message).toMatch(/is not valid UTF-8 \(first bad byte at offset \d+\)/);
    expect(existsSync(join(dir, "services/contributed-3403.json"))).toBe(false);
  });

  it("refuses unknown keys in nested objects and in the envelope, one message per key", () => {
    const dir = copyOfData();
    const record = {
      ...newRecord,
      source: { ...newRecord.source, dato: "2025" },
      area: { municipalities: ["3403"], bydel: "x" },
    };
    const file = writeContribution(dir, {
      ...makeContribution({ municipality: "3403", createdAt: "", services: [record as Service] }),
    });
    const fields = addContribution({ file, curatedDir: dir, baseDir, now }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["source.dato", "area.bydel"]));
    const envelope = writeContribution(dir, {
      ...makeContribution({ municipality: "3403", createdAt: "", services: [] }),
      signedBy: "x",
    });
    expect(addContribution({ file: envelope, curatedDir: dir, baseDir, now }).errors[0]?.message).toMatch(
      /signedBy: not a field/,
    );
  });

  it("shows the envelope's message and contributor with control and bidi characters spelt out", () => {
    const lines = formatContributionHeader({
      municipality: "3403",
      contributor: "Ola\u001b[8m Nordmann",
      message: "ok\u001b[1A\u001b[2K+ added   harmless\u202e",
    });
    expect(lines).toEqual([
      "Contribution for municipality 3403",
      "From: Ola⟨U+001B⟩[8m Nordmann",
      "Message: ok⟨U+001B⟩[1A⟨U+001B⟩[2K+ added   harmless⟨U+202E⟩",
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the assertion is that none are left
    expect(lines.join("")).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });

  it("a dry run shows the diff and writes nothing", () => {
    const dir = copyOfData();
    const file = writeContribution(dir, [newRecord]);
    const result = addContribution({ file, curatedDir: dir, baseDir, now, dryRun: true });
    expect(result.ok).toBe(true);
    expect(result.diff.added).toHaveLength(1);
    expect(result.written).toEqual([]);
    expect(existsSync(join(dir, "services/contributed-3403.json"))).toBe(false);
  });

  it("refuses invalid records with file, record and field, and writes nothing", () => {
    const dir = copyOfData();
    const bad = {
      ...newRecord,
      contacts: [
        { kind: "phone", number: "1234" },
        { kind: "web", url: "javascript:alert(1)" },
      ],
      area: { municipalities: ["3499"] },
      telefon: "62509755",
    };
    const file = writeContribution(dir, { services: [bad], municipality: "3403" });
    const result = addContribution({ file, curatedDir: dir, baseDir, now });
    expect(result.ok).toBe(false);
    const fields = result.errors.map((e) => `${e.record} ${e.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        `"${newRecord.id}" (#1) contacts.0.number`,
        `"${newRecord.id}" (#1) contacts.1.url`,
        `"${newRecord.id}" (#1) telefon`,
      ]),
    );
    expect(existsSync(join(dir, "services/contributed-3403.json"))).toBe(false);
  });

  it("runs the full check against the merged register: unknown municipality, future date, bad hours", () => {
    const dir = copyOfData();
    const record = {
      ...newRecord,
      area: { municipalities: ["3499"] },
      verified: "2030",
      openingHours: "sunrise-sunset",
    };
    const file = writeContribution(dir, makeContribution({ municipality: "3403", createdAt: "", services: [record] }));
    const result = addContribution({ file, curatedDir: dir, baseDir, now });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(["area.municipalities.0", "verified", "openingHours"]),
    );
  });

  it("refuses a file that is not JSON, not a contribution, or for an unknown municipality", () => {
    const dir = copyOfData();
    const notJson = join(dir, "..", "broken.json");
    writeFileSync(notJson, '{\n  "services": [,]\n}');
    expect(addContribution({ file: notJson, curatedDir: dir, baseDir, now }).errors[0]?.message).toMatch(
      /^not valid JSON/,
    );
    const wrong = writeContribution(dir, { format: "something-else", services: [] });
    expect(addContribution({ file: wrong, curatedDir: dir, baseDir, now }).errors[0]?.message).toMatch(/format/);
    const unknown = writeContribution(dir, { municipality: "9999", services: [newRecord] });
    expect(addContribution({ file: unknown, curatedDir: dir, baseDir, now }).errors[0]).toMatchObject({
      field: "municipality",
    });
  });

  it("the CLI honours HJELPEKART_CURATED_DIR, prints the diff and exits 0, or 1 when refused", () => {
    const dir = copyOfData();
    const file = writeContribution(
      dir,
      makeContribution({ municipality: "3403", createdAt: "x", services: [newRecord] }),
    );
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/build/cli/data-add.ts", ...args], {
        cwd: repoRoot,
        encoding: "utf8",
        env: { ...process.env, HJELPEKART_CURATED_DIR: dir },
      });
    const ok = run(file);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`+ added   ${newRecord.id}`);
    expect(JSON.parse(readFileSync(join(dir, "services/contributed-3403.json"), "utf8"))[0].id).toBe(newRecord.id);
    // The same file again changes nothing.
    expect(run(file).stdout).toContain("0 added, 0 changed, 0 removed");
    const bad = writeContribution(dir, [
      { ...newRecord, id: "lt-3403-annet", contacts: [{ kind: "phone", number: "12" }] },
    ]);
    const refused = run(bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /record "lt-3403-annet" \(#1\) › field contacts\.0\.number: must be a Norwegian phone/,
    );
  }, 60_000);
});
