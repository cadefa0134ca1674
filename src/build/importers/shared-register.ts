/** Parses the municipality and county register (`data/base/register/kommuner_2024.csv`, `fylker_2024.csv`). */
import { type County, countySchema, type Municipality, municipalitySchema } from "../../domain/schema.ts";
import { type CsvRecord, parseCsvRecords } from "../csv.ts";
import { throwIfProblems } from "./import-error.ts";
import { splitOfficialName } from "./ssb-classification.ts";

/** Columns the municipality register must have. */
export const MUNICIPALITY_COLUMNS = [
  "kommunenummer",
  "kommunenavn",
  "kommunenavn_norsk",
  "navn_deler",
  "fylkesnummer",
  "folketall",
  "administrasjonssenter",
] as const;

/** Columns the county register must have. */
export const COUNTY_COLUMNS = ["fylkesnummer", "fylkesnavn", "fylkesnavn_kort"] as const;

/** Reads CSV records, turning a CSV syntax error into one that names the file. */
function readRecords(text: string, columns: readonly string[], source: string): CsvRecord[] {
  try {
    return parseCsvRecords(text, columns);
  } catch (error) {
    throw new Error(`${source}: ${(error as Error).message}`);
  }
}

/** Zod issues as short "path: message" strings. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "record"}: ${issue.message}`).join("; ");
}

/** Parses `kommuner_2024.csv` into schema-valid municipalities, sorted by number. */
export function parseMunicipalityRegister(text: string, source = "kommuner_2024.csv"): Municipality[] {
  const problems: string[] = [];
  const municipalities: Municipality[] = [];
  const seen = new Set<string>();
  for (const { line, values } of readRecords(text, MUNICIPALITY_COLUMNS, source)) {
    const number = values.kommunenummer!.trim();
    const where = `line ${line} (kommune ${number || "?"})`;
    const name = values.kommunenavn!.trim();
    const parts = values.navn_deler!.split("|").map((part) => part.trim());
    const names = parts.some((part) => part !== "") ? parts.filter((part) => part !== "") : splitOfficialName(name);
    const populationText = values.folketall!.trim();
    const adminCentre = values.administrasjonssenter!.trim();
    const candidate = {
      number,
      name,
      nameNorwegian: values.kommunenavn_norsk!.trim(),
      names,
      county: values.fylkesnummer!.trim(),
      // Blank stays blank and fails the schema: the register is expected to give every population.
      population: /^\d+$/.test(populationText) ? Number(populationText) : Number.NaN,
      ...(adminCentre ? { adminCentre } : {}),
    };
    const parsed = municipalitySchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push(`${where}: ${describeIssues(parsed.error.issues)}`);
      continue;
    }
    const municipality = parsed.data;
    if (municipality.county !== municipality.number.slice(0, 2)) {
      problems.push(`${where}: county ${municipality.county} is not the first two digits of the number`);
    }
    if (!municipality.names.includes(municipality.nameNorwegian)) {
      problems.push(`${where}: Norwegian name "${municipality.nameNorwegian}" is not one of the official forms`);
    }
    if (seen.has(number)) problems.push(`${where}: duplicate municipality number`);
    seen.add(number);
    municipalities.push(municipality);
  }
  if (municipalities.length === 0 && problems.length === 0) problems.push("no rows");
  throwIfProblems(source, problems);
  return municipalities.sort((a, b) => a.number.localeCompare(b.number));
}

/** Parses `fylker_2024.csv` into schema-valid counties, sorted by number. */
export function parseCountyRegister(text: string, source = "fylker_2024.csv"): County[] {
  const problems: string[] = [];
  const counties: County[] = [];
  const seen = new Set<string>();
  for (const { line, values } of readRecords(text, COUNTY_COLUMNS, source)) {
    const number = values.fylkesnummer!.trim();
    const where = `line ${line} (fylke ${number || "?"})`;
    const parsed = countySchema.safeParse({
      number,
      name: values.fylkesnavn!.trim(),
      shortName: values.fylkesnavn_kort!.trim(),
    });
    if (!parsed.success) {
      problems.push(`${where}: ${describeIssues(parsed.error.issues)}`);
      continue;
    }
    if (seen.has(number)) problems.push(`${where}: duplicate county number`);
    seen.add(number);
    counties.push(parsed.data);
  }
  if (counties.length === 0 && problems.length === 0) problems.push("no rows");
  throwIfProblems(source, problems);
  return counties.sort((a, b) => a.number.localeCompare(b.number));
}

/** Problems between the two registers: municipalities whose county is missing, counties without municipalities. */
export function crossCheckRegister(municipalities: readonly Municipality[], counties: readonly County[]): string[] {
  const countyNumbers = new Set(counties.map((county) => county.number));
  const used = new Set(municipalities.map((municipality) => municipality.county));
  return [
    ...municipalities
      .filter((municipality) => !countyNumbers.has(municipality.county))
      .map(
        (municipality) => `kommune ${municipality.number}: county ${municipality.county} is not in the county register`,
      ),
    ...counties
      .filter((county) => !used.has(county.number))
      .map((county) => `fylke ${county.number}: no municipality belongs to it`),
  ];
}
