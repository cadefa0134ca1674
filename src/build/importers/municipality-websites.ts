/** Parses `register/kommune_nettsider.csv`: each municipality's official website and organisation number. */
import { isUrlWithScheme } from "../../domain/schema.ts";
import { parseCsvRecords } from "../csv.ts";
import { throwIfProblems } from "./import-error.ts";

/** Columns the website register must have. */
export const WEBSITE_COLUMNS = ["kommunenummer", "nettside", "organisasjonsnummer"] as const;

/** A municipality's contact facts from the register; `website` is absent where the sources disagree. */
export interface MunicipalityContactFacts {
  website?: string;
  orgNumber?: string;
}

/** True when a nine-digit organisation number passes Brønnøysund's modulus-11 check. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(value[8]);
}

/** Parses the register into facts by municipality number; a blank website stays absent, never guessed. */
export function parseMunicipalityWebsites(
  text: string,
  source = "kommune_nettsider.csv",
): Map<string, MunicipalityContactFacts> {
  const problems: string[] = [];
  const facts = new Map<string, MunicipalityContactFacts>();
  let records: ReturnType<typeof parseCsvRecords>;
  try {
    records = parseCsvRecords(text, WEBSITE_COLUMNS);
  } catch (error) {
    throw new Error(`${source}: ${(error as Error).message}`);
  }
  for (const { line, values } of records) {
    const number = values.kommunenummer!.trim();
    const where = `line ${line} (kommune ${number || "?"})`;
    const website = values.nettside!.trim();
    const orgNumber = values.organisasjonsnummer!.trim();
    if (!/^\d{4}$/.test(number)) problems.push(`${where}: kommunenummer must be 4 digits`);
    if (website && !isUrlWithScheme(website, ["https:"])) problems.push(`${where}: nettside must be an https: URL`);
    if (orgNumber && !isValidOrgNumber(orgNumber)) problems.push(`${where}: organisasjonsnummer fails the check digit`);
    if (facts.has(number)) problems.push(`${where}: duplicate municipality number`);
    facts.set(number, { ...(website ? { website } : {}), ...(orgNumber ? { orgNumber } : {}) });
  }
  throwIfProblems(source, problems);
  return facts;
}
