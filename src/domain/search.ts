/**
 * Search over municipalities, postal codes, places, city districts and services. The index is built once from
 * the compact search file (search-file.ts), which arrives before the dataset; services join it once the
 * dataset is there.
 */

import type { Dataset, SearchFile, Service } from "./schema.ts";
import { buildSearchFile, decodePlaces, type SearchFileSource } from "./search-file.ts";
import { fold } from "./text.ts";

/** What a result knows of a municipality: enough to show and link it (a dataset Municipality fits). */
export interface SearchMunicipality {
  number: string;
  /** Official name, every form joined by " - ". */
  name: string;
  names: string[];
  county: string;
}

/** A city district as search knows it. */
export interface SearchDistrict {
  code: string;
  name: string;
  municipality: string;
}

/** One search hit. */
export type SearchResult =
  | { kind: "municipality"; municipality: SearchMunicipality; matchedName: string }
  | { kind: "postal"; code: string; place: string; municipality: SearchMunicipality }
  | { kind: "place"; place: string; municipality: SearchMunicipality }
  | { kind: "district"; district: SearchDistrict; municipality: SearchMunicipality }
  | { kind: "service"; service: Service; municipality?: SearchMunicipality };

/** Where a postal code is. */
interface PostalPlace {
  place: string;
  municipality: SearchMunicipality;
}

interface Entry {
  /** Folded text the query is matched against. */
  key: string;
  /** Lower sorts first among equally good matches. */
  tieBreak: number;
  result: SearchResult;
}

/** A prepared search index. */
export interface SearchIndex {
  /** Version of the dataset the index was built from. */
  version: string;
  /** True once services are in it (built with the dataset), false for the index of the search file alone. */
  withServices: boolean;
  entries: Entry[];
  /** The place and municipality of every postal code (one shared record per place). */
  postal: Map<string, PostalPlace>;
  /** Municipalities by number, in ascending order. */
  byNumber: Map<string, SearchMunicipality>;
  /** County short names by county number. */
  countyNames: Map<string, string>;
}

/** Builds the index from a dataset (or its register parts): the search file, plus the services. */
export function buildSearchIndex(dataset: SearchFileSource & Pick<Dataset, "services">): SearchIndex {
  return indexSearchFile(buildSearchFile(dataset), dataset.services);
}

/** Builds the index from a search file; `services`, when given, become searchable by name too. */
export function indexSearchFile(file: SearchFile, services?: readonly Service[]): SearchIndex {
  const byNumber = new Map<string, SearchMunicipality>();
  const entries: Entry[] = [];
  const postal = new Map<string, PostalPlace>();
  for (const [number, names, county, places] of file.municipalities) {
    const municipality: SearchMunicipality = { number, name: names.join(" - "), names, county };
    byNumber.set(number, municipality);
    const nameKeys = new Set<string>();
    for (const name of names) {
      const key = fold(name);
      nameKeys.add(key);
      entries.push({ key, tieBreak: 0, result: { kind: "municipality", municipality, matchedName: name } });
    }
    const placeKeys = new Set<string>();
    for (const [place, codes] of decodePlaces(places)) {
      const where: PostalPlace = { place, municipality };
      for (const code of codes) postal.set(code, where);
      const key = fold(place);
      // A place named like its own municipality would only repeat the municipality hit.
      if (nameKeys.has(key) || placeKeys.has(key)) continue;
      placeKeys.add(key);
      entries.push({ key, tieBreak: 2, result: { kind: "place", place, municipality } });
    }
  }
  for (const [code, name, number] of file.districts) {
    const municipality = byNumber.get(number);
    if (!municipality) continue;
    const district = { code, name, municipality: number };
    // "Alna" and "Bydel Alna" both find it; folding makes "grunerlokka" work too.
    for (const alias of [name, `Bydel ${name}`]) {
      entries.push({ key: fold(alias), tieBreak: 1, result: { kind: "district", district, municipality } });
    }
  }
  entries.push(...serviceEntries(services ?? [], byNumber));
  // Sorted once here so a search needs no sort per keystroke: see search(). Folded keys are plain a–z, 0–9
  // and spaces, so code-unit order is alphabetical order, and far cheaper than a collator on a slow phone.
  entries.sort((a, b) => a.tieBreak - b.tieBreak || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    version: file.version,
    withServices: services !== undefined,
    entries,
    postal,
    byNumber,
    countyNames: new Map(file.counties),
  };
}

/**
 * The same index with the dataset's services added: services sort after every other kind of hit, so their
 * sorted entries simply follow the existing ones and nothing else is rebuilt.
 */
export function withServices(index: SearchIndex, services: readonly Service[]): SearchIndex {
  const added = serviceEntries(services, index.byNumber).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { ...index, withServices: true, entries: [...index.entries.filter((e) => e.tieBreak < 3), ...added] };
}

function serviceEntries(services: readonly Service[], byNumber: Map<string, SearchMunicipality>): Entry[] {
  const entries: Entry[] = [];
  for (const service of services) {
    if (service.area.national || service.supersededBy || service.area.municipalities.length === 0) continue;
    // Named with its municipality, so twelve offers called "Rask psykisk helsehjelp" are told apart.
    const municipality = byNumber.get(service.area.municipalities[0] ?? "");
    entries.push({ key: fold(service.name), tieBreak: 3, result: { kind: "service", service, municipality } });
  }
  return entries;
}

/** How well a folded key matches a folded query: 0 exact, 1 prefix, 2 word prefix, 3 inside; -1 no match. */
function matchRank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  const at = key.indexOf(query);
  if (at < 0) return -1;
  return key[at - 1] === " " ? 2 : 3;
}

/** The most name forms a municipality has (Norwegian, Sami, Kven) with room to spare. */
const MAX_REPEATS = 4;

/** Returns the best matches for what the user typed, best first. */
export function search(index: SearchIndex, input: string, limit = 12): SearchResult[] {
  const query = fold(input);
  if (query === "") return [];
  if (/^\d+$/.test(query)) return searchDigits(index, query, limit);
  // Entries are already in (tie-break, name) order, so collecting them into one bucket per match rank
  // gives the order rank → tie-break → name without sorting on every keystroke.
  // A hit repeats at most once per name form of a municipality, so a bucket never needs more than
  // limit × MAX_REPEATS entries to yield `limit` distinct hits; one letter would otherwise collect thousands.
  const cap = limit * MAX_REPEATS;
  const buckets: SearchResult[][] = [[], [], [], []];
  for (const entry of index.entries) {
    const rank = matchRank(entry.key, query);
    if (rank >= 0 && buckets[rank]!.length < cap) buckets[rank]!.push(entry.result);
  }
  return dedupe(buckets.flat(), limit);
}

/** Digits: an exact postal code first, then municipality numbers and postal codes that start with them. */
function searchDigits(index: SearchIndex, query: string, limit: number): SearchResult[] {
  const results: SearchResult[] = [];
  const postalResult = (code: string): SearchResult | undefined => {
    const where = index.postal.get(code);
    return where && { kind: "postal", code, place: where.place, municipality: where.municipality };
  };
  const exactMunicipality = index.byNumber.get(query);
  const exactPostal = query.length === 4 ? postalResult(query) : undefined;
  if (exactPostal) results.push(exactPostal);
  if (exactMunicipality) {
    results.push({ kind: "municipality", municipality: exactMunicipality, matchedName: exactMunicipality.name });
  }
  for (const municipality of index.byNumber.values()) {
    if (results.length >= limit) break;
    if (municipality.number.startsWith(query) && municipality !== exactMunicipality) {
      results.push({ kind: "municipality", municipality, matchedName: municipality.name });
    }
  }
  // Codes are four digits: walk the codes that start with the query in ascending order (at most 1000 look-ups).
  if (query.length < 4) {
    const span = 10 ** (4 - query.length);
    const first = Number(query) * span;
    for (let value = first; value < first + span && results.length < limit; value++) {
      const result = postalResult(String(value).padStart(4, "0"));
      if (result) results.push(result);
    }
  }
  return results;
}

/** A stable key per hit: one per municipality, place, district or service. */
export function resultKey(result: SearchResult): string {
  switch (result.kind) {
    case "municipality":
      return `m:${result.municipality.number}`;
    case "postal":
      return `p:${result.code}`;
    case "place":
      return `s:${result.place}|${result.municipality.number}`;
    case "district":
      return `d:${result.district.code}`;
    case "service":
      return `t:${fold(result.service.name)}|${result.municipality?.number ?? result.service.id}`;
  }
}

/**
 * Keeps one hit per municipality name hit, place, district and offer name in a municipality, so "Oslo" is not
 * listed once per name form nor one offer once per record; stops at `limit`, so a one-letter query does not build
 * keys for a thousand hits nobody sees.
 */
function dedupe(results: SearchResult[], limit: number): SearchResult[] {
  const seen = new Set<string>();
  const kept: SearchResult[] = [];
  for (const result of results) {
    if (kept.length >= limit) break;
    const key = resultKey(result);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(result);
  }
  return kept;
}
