/**
 * `npm run data:import`: downloads the official sources (SSB KLASS 131 and 104, Bring's postal register,
 * a Kartverket boundaries file, Enhetsregisteret's municipalities), parses them and writes normalized JSON
 * to HJELPEKART_IMPORT_DIR. The data build never needs these downloads.
 * Environment: HJELPEKART_IMPORT_DIR (default .cache/import), HJELPEKART_IMPORT_DATE (default today),
 * HJELPEKART_KARTVERKET_URL (required for the boundaries: Kartverket's download is order-based).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildGeometry, GEOMETRY_MAX_GZIP_BYTES } from "../geometry.ts";
import { BRING_REGISTER_URL, parseBringRegister, toPostalCodes } from "../importers/bring-postal.ts";
import { BRREG_MUNICIPALITIES_URL, parseBrregMunicipalities } from "../importers/brreg-municipalities.ts";
import { ImportError } from "../importers/import-error.ts";
import { parseKartverketBoundaries } from "../importers/kartverket.ts";
import {
  KLASS_COUNTIES,
  KLASS_MUNICIPALITIES,
  klassCodesAtUrl,
  parseKlassCodes,
} from "../importers/ssb-classification.ts";
import { repoRoot } from "../paths.ts";
import { oneLine } from "./run-cli.ts";

/** What to import and where to. */
export interface ImportConfig {
  /** Date the classifications must be valid at, YYYY-MM-DD. */
  date: string;
  outDir: string;
  kartverketUrl?: string;
}

/** The side effects, injectable so tests run without network. */
export interface ImportIo {
  fetch: typeof fetch;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** A download failure, reported as one line. */
class DownloadError extends Error {
  override name = "DownloadError";
}

/** The reason behind a failed fetch, short: "ENOTFOUND data.ssb.no" rather than "fetch failed". */
function describeFetchFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.message) return cause.message;
  if (cause?.code) return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/** Downloads a URL's bytes; any failure becomes a one-line DownloadError. */
async function download(io: ImportIo, url: string, accept: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await io.fetch(url, { signal: AbortSignal.timeout(60_000), headers: { accept } });
  } catch (error) {
    throw new DownloadError(`could not download ${url}: ${describeFetchFailure(error)}`);
  }
  if (!response.ok) throw new DownloadError(`could not download ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Parses downloaded bytes as JSON, naming the URL on failure. */
function parseJson(bytes: Uint8Array, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ImportError(url, ["response is not valid JSON"]);
  }
}

/** One source: where it comes from, and how to turn its bytes into output files. */
interface SourceStep {
  name: string;
  url: string | undefined;
  missingUrl?: string;
  rawFile: string;
  /** HTTP Accept header; KLASS answers XML unless JSON is asked for. */
  accept: string;
  convert: (bytes: Uint8Array, url: string) => { file: string; content: string; summary: string };
}

/** The official sources. */
function sourceSteps(config: ImportConfig): SourceStep[] {
  const municipalitiesUrl = klassCodesAtUrl(KLASS_MUNICIPALITIES, config.date);
  const countiesUrl = klassCodesAtUrl(KLASS_COUNTIES, config.date);
  return [
    {
      name: "SSB KLASS 131 (kommuner)",
      url: municipalitiesUrl,
      rawFile: "klass-131.json",
      accept: "application/json",
      convert: (bytes, url) => {
        const units = parseKlassCodes(parseJson(bytes, url), 4, url);
        return { file: "municipalities.json", content: toJson(units), summary: `${units.length} municipalities` };
      },
    },
    {
      name: "SSB KLASS 104 (fylker)",
      url: countiesUrl,
      rawFile: "klass-104.json",
      accept: "application/json",
      convert: (bytes, url) => {
        const units = parseKlassCodes(parseJson(bytes, url), 2, url);
        return { file: "counties.json", content: toJson(units), summary: `${units.length} counties` };
      },
    },
    {
      name: "Bring postnummerregister",
      url: BRING_REGISTER_URL,
      rawFile: "postnummerregister-ansi.txt",
      accept: "text/plain, */*",
      convert: (bytes, url) => {
        const codes = toPostalCodes(parseBringRegister(bytes, url));
        return { file: "postal-codes.json", content: toJson(codes), summary: `${codes.length} postal codes` };
      },
    },
    {
      name: "Kartverket kommunegrenser",
      url: config.kartverketUrl,
      missingUrl:
        "HJELPEKART_KARTVERKET_URL is not set (Kartverket's download is order-based: give the URL of a lon/lat GeoJSON or TopoJSON file)",
      rawFile: "kartverket-kommuner.json",
      accept: "application/json, */*",
      convert: (bytes, url) => {
        const boundaries = parseKartverketBoundaries(parseJson(bytes, url), url);
        const geometry = buildGeometry(boundaries, { maxGzipBytes: GEOMETRY_MAX_GZIP_BYTES });
        return {
          file: "kommuner.topojson",
          content: geometry.json,
          summary: `${boundaries.length} municipality boundaries, ${geometry.gzipBytes} bytes gzipped`,
        };
      },
    },
    {
      name: "Enhetsregisteret (kommuner)",
      url: BRREG_MUNICIPALITIES_URL,
      rawFile: "brreg-komm.json",
      accept: "application/json",
      convert: (bytes, url) => {
        const municipalities = parseBrregMunicipalities(parseJson(bytes, url), url);
        const withPhone = municipalities.filter((m) => m.phone || m.mobile).length;
        return {
          file: "brreg-municipalities.json",
          content: toJson(municipalities),
          summary: `${municipalities.length} municipalities, ${withPhone} with a phone number`,
        };
      },
    },
  ];
}

/** Pretty JSON with a final newline. */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

/** Runs every source independently; returns the process exit code (1 when any source failed). */
export async function runImport(config: ImportConfig, io: ImportIo): Promise<number> {
  await mkdir(join(config.outDir, "raw"), { recursive: true });
  let failures = 0;
  const steps = sourceSteps(config);
  for (const step of steps) {
    try {
      if (!step.url) throw new DownloadError(step.missingUrl ?? "no URL");
      const bytes = await download(io, step.url, step.accept);
      await writeFile(join(config.outDir, "raw", step.rawFile), bytes);
      const output = step.convert(bytes, step.url);
      await writeFile(join(config.outDir, output.file), output.content);
      io.log(`data:import: ${step.name}: ${output.summary} → ${join(config.outDir, output.file)}`);
    } catch (error) {
      failures += 1;
      // Known failures are reported as their message only; a stack trace would bury the cause.
      const message = error instanceof Error ? error.message : String(error);
      io.error(`data:import: ${step.name}: ${message}`);
    }
  }
  if (failures > 0) io.error(`data:import: ${failures} of ${steps.length} sources failed`);
  return failures > 0 ? 1 : 0;
}

/** The configuration from the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv, today = new Date()): ImportConfig {
  const date = env.HJELPEKART_IMPORT_DATE ?? today.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new Error(`HJELPEKART_IMPORT_DATE must be a date as YYYY-MM-DD, not "${date}"`);
  }
  const config: ImportConfig = { date, outDir: resolve(repoRoot, env.HJELPEKART_IMPORT_DIR ?? ".cache/import") };
  if (env.HJELPEKART_KARTVERKET_URL) config.kartverketUrl = env.HJELPEKART_KARTVERKET_URL;
  return config;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const code = await runImport(configFromEnv(process.env), {
      fetch: globalThis.fetch,
      log: (line) => console.log(line),
      error: (line) => console.error(line),
    });
    process.exitCode = code;
  } catch (error) {
    console.error(`data:import: ${oneLine(error)}`);
    process.exitCode = 1;
  }
}
