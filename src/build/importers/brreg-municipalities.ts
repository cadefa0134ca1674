/**
 * Enhetsregisteret (Brønnøysundregistrene), organisation form KOMM: each municipality's registered
 * homepage, phone, mobile and e-mail (fields added to the open API on 2024-10-03). The output is for
 * maintainers to feed the municipality register; the build never needs it (and never has network).
 */

import { ImportError, throwIfProblems } from "./import-error.ts";
import { isValidOrgNumber } from "./municipality-websites.ts";

/** Every municipality in one page: there are 357, the API allows pages of 1000. */
export const BRREG_MUNICIPALITIES_URL =
  "https://data.brreg.no/enhetsregisteret/api/enheter?organisasjonsform=KOMM&size=1000";

/** One municipality as Enhetsregisteret registers it; contact fields absent where the register has none. */
export interface RegisteredMunicipality {
  orgNumber: string;
  name: string;
  /** Municipality number of the business address (forretningsadresse), else the postal address. */
  municipality?: string;
  /** `hjemmeside` as registered, usually without a scheme ("www.example.kommune.no"): not turned into a link here. */
  homepage?: string;
  /** Eight-digit phone numbers, spaces and a +47/0047 prefix removed. */
  phone?: string;
  mobile?: string;
  email?: string;
}

interface Entity {
  organisasjonsnummer?: unknown;
  navn?: unknown;
  organisasjonsform?: { kode?: unknown };
  hjemmeside?: unknown;
  telefon?: unknown;
  mobil?: unknown;
  epostadresse?: unknown;
  forretningsadresse?: { kommunenummer?: unknown } | null;
  postadresse?: { kommunenummer?: unknown } | null;
}

/** The entities of a search response (HAL: `_embedded.enheter`); an empty result has no `_embedded`. */
function entitiesOf(json: unknown, source: string): Entity[] {
  if (Array.isArray(json)) return json as Entity[];
  const value = json as { _embedded?: { enheter?: unknown }; page?: unknown } | null;
  if (value && typeof value === "object" && value._embedded === undefined && value.page !== undefined) return [];
  const list = value?._embedded?.enheter;
  if (!Array.isArray(list)) throw new ImportError(source, ["no _embedded.enheter list in the response"]);
  return list as Entity[];
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** A Norwegian phone number as eight digits, or undefined when it is not one. */
export function normalizePhone(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const digits = raw.replace(/[\s-]/g, "").replace(/^(\+47|0047)/, "");
  return /^\d{8}$/.test(digits) ? digits : undefined;
}

/** Parses the KOMM search response into municipalities, sorted by municipality number; problems name the entity. */
export function parseBrregMunicipalities(json: unknown, source = BRREG_MUNICIPALITIES_URL): RegisteredMunicipality[] {
  const problems: string[] = [];
  const result: RegisteredMunicipality[] = [];
  for (const [index, entity] of entitiesOf(json, source).entries()) {
    const orgNumber = text(entity.organisasjonsnummer) ?? "";
    const where = `entity ${index} (${orgNumber || "?"})`;
    if (!isValidOrgNumber(orgNumber)) {
      problems.push(`${where}: organisasjonsnummer is not a valid 9-digit number`);
      continue;
    }
    const form = text(entity.organisasjonsform?.kode);
    if (form !== "KOMM") {
      problems.push(`${where}: organisasjonsform is ${form ?? "missing"}, expected KOMM`);
      continue;
    }
    const municipality =
      text(entity.forretningsadresse?.kommunenummer) ?? text(entity.postadresse?.kommunenummer) ?? undefined;
    const email = text(entity.epostadresse);
    const record: RegisteredMunicipality = { orgNumber, name: text(entity.navn) ?? "" };
    if (municipality && /^\d{4}$/.test(municipality)) record.municipality = municipality;
    const homepage = text(entity.hjemmeside);
    if (homepage) record.homepage = homepage;
    const phone = normalizePhone(entity.telefon);
    if (phone) record.phone = phone;
    const mobile = normalizePhone(entity.mobil);
    if (mobile) record.mobile = mobile;
    if (email && /^[^\s@<>:]+@[^\s@<>:]+\.[a-z]{2,}$/i.test(email)) record.email = email;
    result.push(record);
  }
  throwIfProblems(source, problems);
  return result.sort((a, b) => (a.municipality ?? "9999").localeCompare(b.municipality ?? "9999"));
}
