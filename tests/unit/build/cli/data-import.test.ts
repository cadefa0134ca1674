import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { configFromEnv, type ImportConfig, runImport } from "../../../../src/build/cli/data-import.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/build/${name}`, import.meta.url));
const KARTVERKET_URL = "https://example.test/kommuner.geojson";

/** A fetch that serves the fixtures for the official URLs. */
const fixtureFetch: typeof fetch = async (input) => {
  const url = String(input);
  const files: [RegExp, string][] = [
    [/classifications\/131\/codesAt\?date=2024-01-01$/, "klass-131.json"],
    [/classifications\/104\/codesAt\?date=2024-01-01$/, "klass-104.json"],
    [/postnummerregister-ansi\.txt$/, "bring-register-latin1.txt"],
    [/kommuner\.geojson$/, "squares.geojson"],
  ];
  if (url === "https://data.brreg.no/enhetsregisteret/api/enheter?organisasjonsform=KOMM&size=1000") {
    return new Response(readFileSync(new URL("../../../fixtures/brreg/enheter-komm.json", import.meta.url)));
  }
  const match = files.find(([pattern]) => pattern.test(url));
  return match ? new Response(fixture(match[1])) : new Response("not found", { status: 404 });
};

/** A fetch that behaves like Node's without network. */
const offlineFetch: typeof fetch = async (input) => {
  const host = new URL(String(input)).hostname;
  throw new TypeError("fetch failed", { cause: { code: "ENOTFOUND", message: `getaddrinfo ENOTFOUND ${host}` } });
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function setup(overrides: Partial<ImportConfig> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), "hjelpekart-import-"));
  dirs.push(outDir);
  const logs: string[] = [];
  const errors: string[] = [];
  const config: ImportConfig = { date: "2024-01-01", outDir, kartverketUrl: KARTVERKET_URL, ...overrides };
  return {
    config,
    outDir,
    logs,
    errors,
    io: { log: (l: string) => logs.push(l), error: (l: string) => errors.push(l) },
  };
}

describe("runImport", () => {
  it("downloads, parses and writes the five normalized files", async () => {
    const { config, outDir, logs, errors, io } = setup();
    expect(await runImport(config, { ...io, fetch: fixtureFetch })).toBe(0);
    expect(errors).toEqual([]);
    expect(logs).toHaveLength(5);
    const read = (name: string) => JSON.parse(readFileSync(join(outDir, name), "utf8"));
    expect(read("municipalities.json").map((m: { number: string }) => m.number)).toEqual(["0301", "5501", "5628"]);
    expect(read("counties.json")).toHaveLength(3);
    expect(read("postal-codes.json")).toContainEqual(["6092", "FOSNAVÅG", "1515"]);
    const topology = read("kommuner.topojson");
    expect(topology.objects.kommuner.geometries.map((g: { id: string }) => g.id)).toEqual([
      "0301",
      "3201",
      "3203",
      "3301",
    ]);
    // The raw downloads are kept beside the output, byte for byte.
    expect(readFileSync(join(outDir, "raw/postnummerregister-ansi.txt"))).toEqual(fixture("bring-register-latin1.txt"));
  });

  it("without network fails with one clear line per source and exit code 1", async () => {
    const { config, errors, io } = setup();
    expect(await runImport(config, { ...io, fetch: offlineFetch })).toBe(1);
    expect(errors).toEqual([
      "data:import: SSB KLASS 131 (kommuner): could not download https://data.ssb.no/api/klass/v1/classifications/131/codesAt?date=2024-01-01: getaddrinfo ENOTFOUND data.ssb.no",
      "data:import: SSB KLASS 104 (fylker): could not download https://data.ssb.no/api/klass/v1/classifications/104/codesAt?date=2024-01-01: getaddrinfo ENOTFOUND data.ssb.no",
      "data:import: Bring postnummerregister: could not download https://www.bring.no/postnummerregister-ansi.txt: getaddrinfo ENOTFOUND www.bring.no",
      `data:import: Kartverket kommunegrenser: could not download ${KARTVERKET_URL}: getaddrinfo ENOTFOUND example.test`,
      "data:import: Enhetsregisteret (kommuner): could not download https://data.brreg.no/enhetsregisteret/api/enheter?organisasjonsform=KOMM&size=1000: getaddrinfo ENOTFOUND data.brreg.no",
      "data:import: 5 of 5 sources failed",
    ]);
  });

  it("reports HTTP errors, bad bodies and a missing Kartverket URL per source", async () => {
    const { config, errors, io } = setup({ kartverketUrl: undefined });
    const fetchSome: typeof fetch = async (input) => {
      const url = String(input);
      if (url.includes("/131/")) return new Response("<html>", { status: 200 });
      if (url.includes("/104/")) return new Response("busy", { status: 503 });
      return fixtureFetch(input);
    };
    expect(await runImport(config, { ...io, fetch: fetchSome })).toBe(1);
    expect(errors[0]).toMatch(/SSB KLASS 131 \(kommuner\): .*response is not valid JSON/);
    expect(errors[1]).toMatch(/SSB KLASS 104 \(fylker\): could not download .*: HTTP 503$/);
    expect(errors[2]).toMatch(/Kartverket kommunegrenser: HJELPEKART_KARTVERKET_URL is not set/);
    expect(errors[3]).toBe("data:import: 3 of 5 sources failed");
  });
});

describe("configFromEnv", () => {
  it("reads the directory, date and Kartverket URL, defaulting the date to today", () => {
    const config = configFromEnv(
      { HJELPEKART_IMPORT_DIR: "/tmp/x", HJELPEKART_KARTVERKET_URL: KARTVERKET_URL },
      new Date("2025-02-03T10:00:00Z"),
    );
    expect(config).toEqual({ date: "2025-02-03", outDir: "/tmp/x", kartverketUrl: KARTVERKET_URL });
    expect(configFromEnv({ HJELPEKART_IMPORT_DATE: "2024-01-01" }).outDir).toMatch(/\.cache\/import$/);
  });
});
