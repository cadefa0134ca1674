/** Parses Posten/Bring's postal code register: the official Latin-1 TSV, and the UTF-8 CSV copy in data/base. */
import type { PostalCode } from "../../domain/schema.ts";
import { parseCsvRecords } from "../csv.ts";
import { throwIfProblems } from "./import-error.ts";

/** Bring's official register download (ISO-8859-1, tab separated, no header). */
export const BRING_REGISTER_URL = "https://www.bring.no/postnummerregister-ansi.txt";

/** One postal code as the register gives it. */
export interface PostalRow {
  code: string;
  /** Posten's place name, upper case ("OSLO"). */
  place: string;
  municipalityNumber: string;
  /** Posten's upper-case municipality label; not the official name. */
  municipalityName: string;
  /** Posten's category: G street addresses, P PO boxes, B both, S service codes. */
  category: string;
}

/** Columns of the CSV copy (`data/base/postnummer/postnummer.csv`). */
export const POSTAL_CSV_COLUMNS = [
  "postnummer",
  "poststed",
  "kommunenummer",
  "kommunenavn_posten",
  "kategori",
  "fylkesnummer",
  "i_kommuneregister_2024",
] as const;

/** Decodes Bring's ISO-8859-1 bytes; refuses bytes that look like UTF-8 so Æ Ø Å never turn into mojibake. */
export function decodeLatin1(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString("latin1");
  // UTF-8 "Æ", "Ø", "Å", "æ", "ø", "å" read as Latin-1 start with "Ã" followed by a continuation byte.
  if (/Ã[\u0080-\u00bf]/.test(text)) {
    throw new Error("Bring register: the bytes look UTF-8 encoded, expected ISO-8859-1");
  }
  return text;
}

/** Checks one row's fields; returns the problems found, each naming the line. */
function checkRow(row: PostalRow, where: string): string[] {
  const problems: string[] = [];
  if (!/^\d{4}$/.test(row.code)) problems.push(`${where}: postal code "${row.code}" is not 4 digits`);
  if (row.place === "") problems.push(`${where}: place name is empty`);
  if (!/^\d{4}$/.test(row.municipalityNumber)) {
    problems.push(`${where}: municipality number "${row.municipalityNumber}" is not 4 digits`);
  }
  if (!/^[A-Z]$/.test(row.category)) problems.push(`${where}: category "${row.category}" is not one letter`);
  return problems;
}

/** Parses the official register file (Latin-1 bytes, TSV: postnummer, poststed, kommunenummer, kommunenavn, kategori). */
export function parseBringRegister(bytes: Uint8Array, source = "Bring register"): PostalRow[] {
  const lines = decodeLatin1(bytes).split(/\r?\n/);
  const rows: PostalRow[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  lines.forEach((text, index) => {
    if (text.trim() === "") return;
    const where = `line ${index + 1}`;
    const fields = text.split("\t").map((field) => field.trim());
    if (fields.length !== 5) {
      problems.push(`${where}: expected 5 tab-separated fields, found ${fields.length}`);
      return;
    }
    const [code, place, municipalityNumber, municipalityName, category] = fields as [
      string,
      string,
      string,
      string,
      string,
    ];
    const row = { code, place, municipalityNumber, municipalityName, category };
    const rowProblems = checkRow(row, where);
    if (seen.has(code)) rowProblems.push(`${where}: postal code ${code} appears twice`);
    seen.add(code);
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push(row);
  });
  if (rows.length === 0 && problems.length === 0) problems.push("no rows");
  throwIfProblems(source, problems);
  return rows;
}

/** Parses the UTF-8 CSV copy (header `postnummer,poststed,kommunenummer,kommunenavn_posten,kategori,…`). */
export function parsePostalCsv(text: string, source = "postnummer.csv"): PostalRow[] {
  let records: ReturnType<typeof parseCsvRecords>;
  try {
    records = parseCsvRecords(text, POSTAL_CSV_COLUMNS);
  } catch (error) {
    throw new Error(`${source}: ${(error as Error).message}`);
  }
  const rows: PostalRow[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { line, values } of records) {
    const where = `line ${line}`;
    const row: PostalRow = {
      code: values.postnummer!.trim(),
      place: values.poststed!.trim(),
      municipalityNumber: values.kommunenummer!.trim(),
      municipalityName: values.kommunenavn_posten!.trim(),
      category: values.kategori!.trim(),
    };
    const rowProblems = checkRow(row, where);
    if (seen.has(row.code)) rowProblems.push(`${where}: postal code ${row.code} appears twice`);
    seen.add(row.code);
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push(row);
  }
  if (rows.length === 0 && problems.length === 0) problems.push("no rows");
  throwIfProblems(source, problems);
  return rows;
}

/** The dataset's compact postal code tuples, sorted by code. */
export function toPostalCodes(rows: readonly PostalRow[]): PostalCode[] {
  return rows
    .map((row): PostalCode => [row.code, row.place, row.municipalityNumber])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
