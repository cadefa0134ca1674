import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkServices } from "../../../src/build/check-services.ts";
import { type DataError, formatDataError } from "../../../src/build/data-error.ts";
import { repoRoot } from "../../../src/build/paths.ts";
import type { Service } from "../../../src/domain/schema.ts";

const FILE = "data/services/test.json";
const NUMBERS = new Set(["0301", "3201"]);
const TODAY = "2026-06-01";

const service = (overrides: Partial<Service> = {}): Service => ({
  id: "rph-3201-baerum",
  type: "rph",
  name: "Rask psykisk helsehjelp i Bærum",
  status: "active",
  topics: ["mental-health"],
  referral: "not-needed",
  cost: "unknown",
  contacts: [],
  locations: [],
  area: { municipalities: ["3201"] },
  source: { urls: ["https://www.baerum.kommune.no/"], dateText: "2019" },
  verified: "2019",
  ...overrides,
});

const check = (...services: Service[]) =>
  checkServices(
    services.map((s) => ({ service: s, file: FILE })),
    NUMBERS,
    TODAY,
  );

/** Asserts exactly one error, naming the file, the record and the field, with words from the message. */
function expectOne(errors: DataError[], record: string, field: string, words: RegExp): void {
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file: FILE, record: `"${record}"`, field });
  expect(errors[0]!.message).toMatch(words);
  expect(formatDataError(errors[0]!)).toContain(`${FILE} › record "${record}" › field ${field}:`);
}

describe("checkServices", () => {
  it("accepts a valid record", () => {
    expect(check(service())).toEqual([]);
  });

  it("refuses an unknown municipality number in the area and in a location", () => {
    expectOne(
      check(service({ area: { municipalities: ["3201", "9999"] } })),
      "rph-3201-baerum",
      "area.municipalities.1",
      /unknown municipality number 9999/,
    );
    expectOne(
      check(service({ locations: [{ address: "Storgata 1", municipality: "1234" }] })),
      "rph-3201-baerum",
      "locations.0.municipality",
      /unknown municipality number 1234/,
    );
  });

  it("refuses a duplicate id, naming the first file", () => {
    expectOne(
      check(service(), service()),
      "rph-3201-baerum",
      "id",
      /duplicate id \(also in data\/services\/test\.json\)/,
    );
  });

  it("refuses a verified date in the future, at any precision", () => {
    expectOne(check(service({ verified: "2026-06-02" })), "rph-3201-baerum", "verified", /2026-06-02 is in the future/);
    expectOne(check(service({ verified: "2027" })), "rph-3201-baerum", "verified", /in the future/);
    expect(check(service({ verified: "2026-06-01" }))).toEqual([]);
  });

  it("refuses opening_hours the library cannot parse", () => {
    expectOne(
      check(service({ openingHours: "Mo-Fr 25:00-26:00" })),
      "rph-3201-baerum",
      "openingHours",
      /does not parse as opening_hours/,
    );
    expect(check(service({ openingHours: "Mo-Fr 08:00-15:30" }))).toEqual([]);
  });

  it("refuses supersededBy naming a missing record or itself", () => {
    expectOne(
      check(service({ supersededBy: "nope" })),
      "rph-3201-baerum",
      "supersededBy",
      /must name another existing record \(got "nope"\)/,
    );
    expectOne(
      check(service({ supersededBy: "rph-3201-baerum" })),
      "rph-3201-baerum",
      "supersededBy",
      /another existing record/,
    );
    expect(check(service({ supersededBy: "newer" }), service({ id: "newer" }))).toEqual([]);
  });

  it("refuses records that supersede each other in a loop, naming the loop", () => {
    const errors = check(
      service({ id: "a", supersededBy: "b" }),
      service({ id: "b", supersededBy: "c" }),
      service({ id: "c", supersededBy: "a" }),
    );
    expect(errors.map((e) => e.record)).toEqual(['"a"', '"b"', '"c"']);
    expect(errors[0]).toMatchObject({
      field: "supersededBy",
      message: "records supersede each other in a loop: a → b → c → a",
    });
    expect(check(service({ id: "a", supersededBy: "b" }), service({ id: "b", supersededBy: "a" }))).toHaveLength(2);
    expect(
      check(service({ id: "a", supersededBy: "b" }), service({ id: "b", supersededBy: "c" }), service({ id: "c" })),
    ).toEqual([]);
  });

  it("refuses contact details on a statutory duty, and ageMax below ageMin", () => {
    expectOne(
      check(service({ statutory: true, contacts: [{ kind: "phone", number: "116117" }] })),
      "rph-3201-baerum",
      "contacts",
      /law as source/,
    );
    expectOne(check(service({ ageMin: 18, ageMax: 12 })), "rph-3201-baerum", "ageMax", /below ageMin/);
  });

  it("refuses a local record with no municipality unless a note explains the unknown area", () => {
    expectOne(
      check(service({ area: { municipalities: [] } })),
      "rph-3201-baerum",
      "area.municipalities",
      /explain in maintainerNote/,
    );
    expect(
      check(service({ area: { municipalities: [] }, maintainerNote: "Opptaksområde ikke oppgitt i kilden." })),
    ).toEqual([]);
    expect(check(service({ type: "helpline", area: { national: true, municipalities: [] } }))).toEqual([]);
  });
});

describe("npm run data:check on a folder with bad records", () => {
  const dir = mkdtempSync(join(tmpdir(), "hjelpekart-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "services"));
  writeFileSync(
    join(dir, "services/bad.json"),
    JSON.stringify([
      service({ id: "unknown-kommune", area: { municipalities: ["9999"] } }),
      service({ id: "short-phone", contacts: [{ kind: "phone", number: "1234567" }] }),
      service({ id: "script-link", contacts: [{ kind: "web", url: "javascript:alert(1)" }] }),
    ]),
  );
  writeFileSync(join(dir, "services/broken.json"), '[{"id": "x",]');

  it("exits 1 and names file, record and field of every problem", { timeout: 60_000 }, () => {
    const run = spawnSync("npx", ["tsx", "src/build/cli/data-check.ts", dir], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /bad\.json › record "unknown-kommune" › field area\.municipalities\.0: unknown municipality number 9999/,
    );
    expect(run.stderr).toMatch(
      /bad\.json › record "short-phone" \(#2\) › field contacts\.0\.number: must be a Norwegian phone number/,
    );
    expect(run.stderr).toMatch(
      /bad\.json › record "script-link" \(#3\) › field contacts\.0\.url: must be an https: URL/,
    );
    expect(run.stderr).toMatch(/broken\.json: not valid JSON at line 1, column 13/);
    expect(run.stderr).toContain("data:check: 4 problem(s).");
  });
});

describe("npm run data:check is as strict as data:add", () => {
  const dir = mkdtempSync(join(tmpdir(), "hjelpekart-check-strict-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "services"));
  writeFileSync(
    join(dir, "services/strict.json"),
    JSON.stringify([
      { ...service({ id: "hand-hours" }), hours: { week: [[], [], [], [], [], [], []], closedOnHolidays: true } },
      { ...service({ id: "misspelt" }), adress: "Storgata 1", area: { municipalities: ["3201"], nasjonal: true } },
      service({ id: "local-national", area: { national: true, municipalities: [] } }),
      service({ id: "bidi-name", name: "Ring \u202e311\u202c for hjelp" }),
    ]),
  );
  // "Bærum" in Latin-1: the æ is the single byte 0xE6, not valid UTF-8.
  writeFileSync(
    join(dir, "services/latin1.json"),
    Buffer.from(JSON.stringify([service({ id: "latin1", name: "B\u00e6rum" })]), "latin1"),
  );

  it("refuses hand-written hours, misspelt and unknown nested fields, local national types, hidden characters and non-UTF-8 files", {
    timeout: 60_000,
  }, () => {
    const run = spawnSync("npx", ["tsx", "src/build/cli/data-check.ts", dir], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/strict\.json › record "hand-hours" \(#1\) › field hours: never write it/);
    expect(run.stderr).toMatch(/strict\.json › record "misspelt" \(#2\) › field adress: is not a field/);
    expect(run.stderr).toMatch(/strict\.json › record "misspelt" \(#2\) › field area\.nasjonal: is not a field/);
    expect(run.stderr).toMatch(
      /strict\.json › record "local-national" \(#3\) › field area\.national: a local offer type cannot be national/,
    );
    expect(run.stderr).toMatch(
      /strict\.json › record "bidi-name" \(#4\) › field name: contains the invisible or control character U\+202E/,
    );
    expect(run.stderr).toMatch(/latin1\.json: is not valid UTF-8 \(first bad byte at offset \d+\)/);
    expect(run.stderr).toContain("data:check: 6 problem(s).");
  });
});
