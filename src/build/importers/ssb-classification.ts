/** Parses SSB KLASS `codesAt` responses for the municipality (131) and county (104) classifications. */
import { ImportError, throwIfProblems } from "./import-error.ts";

/** KLASS classification id of "Standard for kommuneinndeling". */
export const KLASS_MUNICIPALITIES = 131;
/** KLASS classification id of "Standard for fylkesinndeling". */
export const KLASS_COUNTIES = 104;

/** One unit from a KLASS classification, normalized. */
export interface KlassUnit {
  /** The code: 4 digits for municipalities, 2 for counties. */
  number: string;
  /** Official name with all official forms joined by " - ". */
  name: string;
  /** The official name split on " - " (Norwegian, Sami, Kven forms, no language attribution). */
  names: string[];
  /** County number: the first two digits. */
  county: string;
}

/** The official KLASS URL for the codes of a classification valid at a date (YYYY-MM-DD). */
export function klassCodesAtUrl(classificationId: number, date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`KLASS date must be YYYY-MM-DD, got "${date}"`);
  return `https://data.ssb.no/api/klass/v1/classifications/${classificationId}/codesAt?date=${date}`;
}

/** Splits an official multi-language name ("Porsanger - Porsáŋgu - Porsanki") into its forms. */
export function splitOfficialName(name: string): string[] {
  return name
    .split(" - ")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Parses a KLASS `codesAt` JSON body into units whose codes have `digits` digits (4 = kommune, 2 = fylke). */
export function parseKlassCodes(
  json: unknown,
  digits: 2 | 4,
  source = `KLASS ${digits === 4 ? 131 : 104}`,
): KlassUnit[] {
  if (typeof json !== "object" || json === null || !Array.isArray((json as { codes?: unknown }).codes)) {
    throw new ImportError(source, ['expected an object with a "codes" array']);
  }
  const codes = (json as { codes: unknown[] }).codes;
  const problems: string[] = [];
  const units: KlassUnit[] = [];
  const seen = new Set<string>();
  const pattern = new RegExp(`^\\d{${digits}}$`);
  codes.forEach((entry, index) => {
    const where = `codes[${index}]`;
    if (typeof entry !== "object" || entry === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const { code, name } = entry as { code?: unknown; name?: unknown };
    const label = typeof code === "string" ? `${where} (code ${code})` : where;
    if (typeof code !== "string" || !pattern.test(code)) {
      problems.push(`${label}: code must be a ${digits}-digit string`);
      return;
    }
    // SSB lists all-nines ("9999", "99") as "Uoppgitt" (unknown); it is not a place.
    if (/^9+$/.test(code)) return;
    if (typeof name !== "string" || name.trim() === "") {
      problems.push(`${label}: name is missing`);
      return;
    }
    if (seen.has(code)) {
      problems.push(`${label}: duplicate code`);
      return;
    }
    seen.add(code);
    const officialName = name.trim();
    units.push({ number: code, name: officialName, names: splitOfficialName(officialName), county: code.slice(0, 2) });
  });
  if (units.length === 0 && problems.length === 0) problems.push("no codes in the response");
  throwIfProblems(source, problems);
  return units.sort((a, b) => a.number.localeCompare(b.number));
}
