/** Assembles the national dataset from the base data copies (data/base) and the curated records, and writes it content-hashed. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { norwegianPublicHolidays } from "../domain/holidays.ts";
import {
  type Attribution,
  type Dataset,
  type Manifest,
  type PostalCode,
  SCHEMA_VERSION,
  type Service,
} from "../domain/schema.ts";
import { buildSearchFile } from "../domain/search-file.ts";
import { checkServices } from "./check-services.ts";
import type { DataError } from "./data-error.ts";
import { buildGeometry, GEOMETRY_MAX_GZIP_BYTES } from "./geometry.ts";
import { parsePostalCsv, toPostalCodes } from "./importers/bring-postal.ts";
import { parseMunicipalityWebsites } from "./importers/municipality-websites.ts";
import { parseDistrictBoundaries, parseDistrictRegister } from "./importers/oslo-districts.ts";
import { crossCheckRegister, parseCountyRegister, parseMunicipalityRegister } from "./importers/shared-register.ts";
import { loadNationalFiguresFile } from "./load-national-figures.ts";
import { loadServiceDir } from "./load-services.ts";
import { compileOpeningHours } from "./opening-hours.ts";

/** Credits shown in the app and written to the manifest. */
export const ATTRIBUTION: Attribution[] = [
  { name: "Kommune- og fylkesgrenser © Kartverket", licence: "CC BY 4.0", url: "https://www.kartverket.no/" },
  {
    name: "Kommuneregister og folketall: Statistisk sentralbyrå (SSB)",
    licence: "NLOD 2.0",
    url: "https://www.ssb.no/",
  },
  {
    name: "Postnummerregister: Posten Norge / Bring",
    licence: "Fritt nedlastbart register",
    url: "https://www.bring.no/",
  },
  {
    name: "Kommunenes nettsider og organisasjonsnumre: Enhetsregisteret (Brønnøysundregistrene), kontrollert mot flere kilder",
    licence: "NLOD 2.0",
    url: "https://www.brreg.no/",
  },
  {
    name: "Bydelsgrenser i Oslo © 2019 Oslo kommune (oslokommune/bydelsfakta)",
    licence: "MIT",
    url: "https://github.com/oslokommune/bydelsfakta",
  },
  {
    name: "Tjenesteopplysninger: offentlige nettsider, organisasjoner og nyhetsartikler – kilden står ved hvert tilbud",
    licence: "Fakta med kildehenvisning",
  },
];

/** What one data build produced. */
export interface DataBuild {
  dataset: Dataset;
  /** Bring's postal codes of the municipalities, for the compact search index (the dataset does not carry them). */
  postalCodes: PostalCode[];
  geometryJson: string;
  geometryGzipBytes: number;
}

/** Inputs of a data build. */
export interface DataBuildInput {
  /** The base data folder (data/base): register, postal codes, boundaries. */
  baseDir: string;
  curatedDir: string;
  now: Date;
}

/** Builds the dataset; returns every data error found instead of stopping at the first. */
export function assembleDataset(input: DataBuildInput): { build?: DataBuild; errors: DataError[] } {
  const errors: DataError[] = [];
  const attempt = <T>(file: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      errors.push({ file, message: (error as Error).message });
      return undefined;
    }
  };
  const read = (path: string) => {
    const file = join(input.baseDir, path);
    // A missing copy is named plainly: it is restored from git, or refreshed with `npm run data:sync`.
    if (!existsSync(file)) throw new Error(`input file missing: ${file} (restore it with git or npm run data:sync)`);
    return readFileSync(file, "utf8");
  };
  const contactFacts = attempt("register/kommune_nettsider.csv", () =>
    parseMunicipalityWebsites(read("register/kommune_nettsider.csv")),
  );
  const municipalities = attempt("register/kommuner_2024.csv", () =>
    parseMunicipalityRegister(read("register/kommuner_2024.csv")).map((m) => ({
      ...m,
      ...contactFacts?.get(m.number),
    })),
  );
  if (municipalities && contactFacts) {
    const known = new Set(municipalities.map((m) => m.number));
    for (const number of contactFacts.keys()) {
      if (!known.has(number)) {
        errors.push({
          file: "data/base/register/kommune_nettsider.csv",
          message: `kommune ${number} is not in the register`,
        });
      }
    }
  }
  const districts = attempt("data/base/register/oslo_bydeler.csv", () =>
    parseDistrictRegister(read("register/oslo_bydeler.csv")),
  );
  const districtBoundaries = attempt("data/base/geo/oslo_bydeler.geojson", () =>
    parseDistrictBoundaries(JSON.parse(read("geo/oslo_bydeler.geojson")), districts ?? []),
  );
  const counties = attempt("register/fylker_2024.csv", () => parseCountyRegister(read("register/fylker_2024.csv")));
  if (municipalities && counties) {
    for (const problem of crossCheckRegister(municipalities, counties)) {
      errors.push({ file: "register/kommuner_2024.csv", message: problem });
    }
  }
  const postalCodes = attempt("postnummer/postnummer.csv", () =>
    toPostalCodes(parsePostalCsv(read("postnummer/postnummer.csv"))).map(
      ([code, place, number]): PostalCode => [code, titleCasePlace(place), number],
    ),
  );
  const geometry = attempt("geo/kommuner_2024_S.topojson", () =>
    buildGeometry(JSON.parse(read("geo/kommuner_2024_S.topojson")), {
      maxGzipBytes: GEOMETRY_MAX_GZIP_BYTES,
      districts: districtBoundaries ?? [],
    }),
  );
  const loaded = loadServiceDir(join(input.curatedDir, "services"));
  errors.push(...loaded.errors);
  // Not shipped in the dataset, but curated like the services, so the same check guards its links.
  errors.push(...loadNationalFiguresFile(join(input.curatedDir, "national-figures.json")).errors);
  const today = input.now.toISOString().slice(0, 10);
  const numbers = new Set(municipalities?.map((m) => m.number));
  if (municipalities) errors.push(...checkServices(loaded.services, numbers, today));
  const services: Service[] = [];
  for (const { service, file } of loaded.services) {
    if (service.openingHours === undefined) {
      services.push(service);
      continue;
    }
    const compiled = compileOpeningHours(service.openingHours);
    if (compiled.ok) services.push({ ...service, hours: compiled.hours });
    else errors.push({ file, record: `"${service.id}"`, field: "openingHours", message: compiled.error });
  }
  if (geometry && municipalities) {
    const ids = new Set(geometry.topology.objects.kommuner && geometryIds(geometry.topology));
    for (const m of municipalities) {
      if (!ids.has(m.number))
        errors.push({ file: "geo/kommuner_2024_S.topojson", message: `no boundary for ${m.number}` });
    }
  }
  if (errors.length > 0 || !municipalities || !counties || !postalCodes || !geometry || !districts) return { errors };

  const year = input.now.getUTCFullYear();
  const holidays = [year - 1, year, year + 1, year + 2, year + 3].flatMap(norwegianPublicHolidays);
  const content = {
    counties,
    municipalities,
    districts,
    services,
    holidays,
    attribution: ATTRIBUTION,
  };
  // The postal codes are part of what a version is: a new one changes the search index built with it.
  const version = sha256(JSON.stringify({ ...content, postalCodes })).slice(0, 16);
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    version,
    builtAt: input.now.toISOString(),
    ...content,
  };
  return {
    build: { dataset, postalCodes, geometryJson: geometry.json, geometryGzipBytes: geometry.gzipBytes },
    errors,
  };
}

function geometryIds(topology: { objects: Record<string, unknown> }): string[] {
  const object = topology.objects.kommuner as { geometries?: { id?: string | number }[] } | undefined;
  return (object?.geometries ?? []).map((g) => String(g.id));
}

/**
 * The dataset as phones download it: maintainer notes stay in the register and its open-data export, since no
 * resident view shows them and every phone on a slow line would otherwise download a quarter more.
 */
export function publishedDataset(dataset: Dataset): Dataset {
  return { ...dataset, services: dataset.services.map(({ maintainerNote: _note, ...service }) => service) };
}

/** Writes the dataset, geometry, compact search index and manifest under `outDir/data/`, replacing an older build. */
export function writeDataBuild(build: DataBuild, outDir: string): Manifest {
  const dataDir = join(outDir, "data");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const datasetJson = JSON.stringify(publishedDataset(build.dataset));
  const datasetHash = sha256(datasetJson);
  const geometryHash = sha256(build.geometryJson);
  const datasetFile = `data/dataset-${build.dataset.version}.json`;
  const geometryFile = `data/geometry-${geometryHash.slice(0, 16)}.json`;
  const searchJson = JSON.stringify(buildSearchFile({ ...build.dataset, postalCodes: build.postalCodes }));
  const searchHash = sha256(searchJson);
  const searchFile = `data/search-${searchHash.slice(0, 16)}.json`;
  writeFileSync(join(outDir, datasetFile), datasetJson);
  writeFileSync(join(outDir, geometryFile), build.geometryJson);
  writeFileSync(join(outDir, searchFile), searchJson);
  const { dataset } = build;
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    version: dataset.version,
    builtAt: dataset.builtAt,
    dataset: { url: datasetFile, sha256: datasetHash, bytes: Buffer.byteLength(datasetJson) },
    geometry: { url: geometryFile, sha256: geometryHash, bytes: Buffer.byteLength(build.geometryJson) },
    search: { url: searchFile, sha256: searchHash, bytes: Buffer.byteLength(searchJson) },
    counts: datasetCounts(dataset, build.postalCodes),
    attribution: dataset.attribution,
  };
  writeFileSync(join(dataDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Headline counts of a dataset and the postal codes built with it. */
export function datasetCounts(dataset: Dataset, postalCodes: readonly PostalCode[]): Record<string, number> {
  const counts: Record<string, number> = {
    counties: dataset.counties.length,
    municipalities: dataset.municipalities.length,
    postalCodes: postalCodes.length,
    services: dataset.services.length,
  };
  for (const service of dataset.services)
    counts[`services.${service.type}`] = (counts[`services.${service.type}`] ?? 0) + 1;
  return counts;
}

/** Gzipped size of a string in bytes. */
export function gzipBytes(text: string): number {
  return gzipSync(text, { level: 9 }).byteLength;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const LOWER_WORDS = new Set(["i", "på", "og", "ved"]);

/** Posten writes place names in capitals ("MO I RANA"); shows them as "Mo i Rana". */
export function titleCasePlace(place: string): string {
  return place
    .toLowerCase()
    .split(" ")
    .map((word, i) =>
      i > 0 && LOWER_WORDS.has(word)
        ? word
        : word.replace(/(^|[-/])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase()),
    )
    .join(" ");
}
