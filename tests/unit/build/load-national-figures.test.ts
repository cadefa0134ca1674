import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDataError } from "../../../src/build/data-error.ts";
import { loadNationalFiguresFile, validateNationalFigures } from "../../../src/build/load-national-figures.ts";
import { curatedDataDir } from "../../../src/build/paths.ts";

const FILE = "data/national-figures.json";

const figure = (overrides: Record<string, unknown> = {}) => ({
  id: "rph-napha-2025-02",
  topic: "RPH",
  figure: "om lag 95 kommuner og bydeler",
  asOf: "2025-02",
  sourceUrls: ["https://napha.no/content/13931/Rask-psykisk-helsehjelp"],
  ...overrides,
});

describe("validateNationalFigures", () => {
  it("accepts a sourced figure", () => {
    expect(validateNationalFigures([figure()], FILE)).toEqual({ figures: [figure()], errors: [] });
  });

  it("refuses a javascript: source link, naming file, figure and field", () => {
    const { figures, errors } = validateNationalFigures([figure({ sourceUrls: ["javascript:alert(1)"] })], FILE);
    expect(figures).toEqual([]);
    expect(errors.map(formatDataError)).toEqual([
      'data/national-figures.json › record "rph-napha-2025-02" (#1) › field sourceUrls.0: must be an http: or https: URL',
    ]);
  });

  it("refuses a figure without a source or without the figure itself", () => {
    const { errors } = validateNationalFigures([figure({ sourceUrls: [] }), figure({ id: "b", figure: "" })], FILE);
    expect(errors.map((e) => [e.record, e.field])).toEqual([
      ['"rph-napha-2025-02" (#1)', "sourceUrls"],
      ['"b" (#2)', "figure"],
    ]);
  });

  it("refuses two figures with the same id, and a file that is not an array", () => {
    expect(validateNationalFigures([figure(), figure()], FILE).errors).toEqual([
      { file: FILE, record: '"rph-napha-2025-02" (#2)', field: "id", message: "duplicate id" },
    ]);
    expect(validateNationalFigures({}, FILE).errors[0]?.message).toBe("must be a JSON array of figures");
  });
});

describe("loadNationalFiguresFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "hjelpekart-figures-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports broken JSON with its line", () => {
    const path = join(dir, "national-figures.json");
    writeFileSync(path, '[\n  { id: "x" }\n]');
    const { errors } = loadNationalFiguresFile(path);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^not valid JSON at line 2/);
  });

  it("has nothing to report for a folder without the file", () => {
    expect(loadNationalFiguresFile(join(dir, "missing.json"))).toEqual({ figures: [], errors: [] });
  });

  it("passes the project's own file", () => {
    const { figures, errors } = loadNationalFiguresFile(join(curatedDataDir, "national-figures.json"));
    expect(errors).toEqual([]);
    expect(figures.length).toBeGreaterThan(0);
  });
});
