/**
 * The compact search index file: built from a dataset by the data build (and by the app, when it has a
 * dataset but no index file), read by search.ts. Pure: no zod here, so the app's start-up code can use it.
 */
import { SEARCH_FILE_FORMAT } from "./constants.ts";
import type { Dataset, PostalCode, SearchFile } from "./schema.ts";

/** What the index is built from: the register parts of a dataset, and the postal codes (which the dataset lacks). */
export type SearchFileSource = Pick<Dataset, "municipalities"> &
  Partial<Pick<Dataset, "version" | "counties" | "districts">> & { postalCodes: readonly PostalCode[] };

/**
 * Builds the index file. Postal codes of places outside the municipality register (Svalbard, Jan Mayen) are
 * left out: search offers municipalities only. Everything is in a fixed order, so the same data gives the
 * same bytes and the same content hash.
 */
export function buildSearchFile(source: SearchFileSource): SearchFile {
  const places = new Map<string, Map<string, string[]>>();
  for (const m of source.municipalities) places.set(m.number, new Map());
  for (const [code, place, number] of [...source.postalCodes].sort((a, b) => compare(a[0], b[0]))) {
    const byPlace = places.get(number);
    if (!byPlace) continue;
    const codes = byPlace.get(place) ?? [];
    codes.push(code);
    byPlace.set(place, codes);
  }
  return {
    format: SEARCH_FILE_FORMAT,
    version: source.version ?? "unversioned",
    counties: (source.counties ?? []).map((c): [string, string] => [c.number, c.shortName]),
    municipalities: [...source.municipalities]
      .sort((a, b) => compare(a.number, b.number))
      .map((m): SearchFile["municipalities"][number] => [
        m.number,
        m.names,
        m.county,
        encodePlaces([...(places.get(m.number) ?? [])]),
      ]),
    districts: [...(source.districts ?? [])]
      .sort((a, b) => compare(a.code, b.code))
      .map((d): [string, string, string] => [d.code, d.name, d.municipality]),
  };
}

/** Writes a municipality's places with their ascending postal codes: "Bodø:8001-8016 8019|Løding:8020". */
export function encodePlaces(places: readonly (readonly [place: string, codes: readonly string[]])[]): string {
  return places
    .map(([place, codes]) => {
      if (/[:|]/.test(place)) throw new Error(`place name "${place}" contains ":" or "|"`);
      return `${place}:${encodePostalCodes(codes)}`;
    })
    .join("|");
}

/** Reads what encodePlaces wrote: [place, postal codes]. */
export function decodePlaces(text: string): [place: string, codes: string[]][] {
  if (text === "") return [];
  return text.split("|").map((part) => {
    const at = part.lastIndexOf(":");
    return [part.slice(0, at), decodePostalCodes(part.slice(at + 1))];
  });
}

/** Writes ascending four-digit postal codes as codes and ranges of consecutive codes: "8001-8016 8019". */
export function encodePostalCodes(codes: readonly string[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let end = 0;
  const flush = () => {
    if (start !== undefined) parts.push(start === end ? pad(start) : `${pad(start)}-${pad(end)}`);
  };
  for (const code of codes) {
    const value = Number(code);
    if (start !== undefined && value === end + 1) {
      end = value;
      continue;
    }
    flush();
    start = value;
    end = value;
  }
  flush();
  return parts.join(" ");
}

/** Reads what encodePostalCodes wrote; a range written backwards gives no codes rather than a guess. */
export function decodePostalCodes(text: string): string[] {
  const codes: string[] = [];
  for (const part of text.split(" ")) {
    const [from, to = from] = part.split("-").map(Number) as [number, number?];
    for (let value = from; value <= to; value++) codes.push(pad(value));
  }
  return codes;
}

function pad(value: number): string {
  return String(value).padStart(4, "0");
}

/** Plain code-unit order: numbers and codes are fixed-width digits, and it needs no collator. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
