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
  /** resultKey(result), worked out once here rather than for every hit of every keystroke. */
  id: string;
}

/** A prepared search index. */
export interface SearchIndex {
  /** Version of the dataset the index was built from. */
  version: string;
  /** True once services are in it (built with the dataset), false for the index of the search file alone. */
  withServices: boolean;
  entries: Entry[];
  /** Where each tie-break group starts in `entries`, then `entries.length`: keys ascend within a group. */
  groupStarts: number[];
  /**
   * Every key in entry order, each after a line break: one native indexOf jumps to the next entry holding the
   * query, instead of a loop calling indexOf on every entry. A folded query has no line break, so a hit never
   * spans two keys.
   */
  keyText: string;
  /** Where each entry's key starts in `keyText`, ascending. */
  keyStarts: Int32Array;
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
      entries.push(entry(key, 0, { kind: "municipality", municipality, matchedName: name }));
    }
    const placeKeys = new Set<string>();
    for (const [place, codes] of decodePlaces(places)) {
      const where: PostalPlace = { place, municipality };
      for (const code of codes) postal.set(code, where);
      const key = fold(place);
      // A place named like its own municipality would only repeat the municipality hit.
      if (nameKeys.has(key) || placeKeys.has(key)) continue;
      placeKeys.add(key);
      entries.push(entry(key, 2, { kind: "place", place, municipality }));
    }
  }
  for (const [code, name, number] of file.districts) {
    const municipality = byNumber.get(number);
    if (!municipality) continue;
    const district = { code, name, municipality: number };
    // "Alna" and "Bydel Alna" both find it; folding makes "grunerlokka" work too.
    for (const alias of [name, `Bydel ${name}`]) {
      entries.push(entry(fold(alias), 1, { kind: "district", district, municipality }));
    }
  }
  entries.push(...serviceEntries(services ?? [], byNumber));
  // Sorted once here so a search needs no sort per keystroke: see search(). Folded keys are plain a–z, 0–9
  // and spaces, so code-unit order is alphabetical order, and far cheaper than a collator on a slow phone.
  entries.sort((a, b) => a.tieBreak - b.tieBreak || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    version: file.version,
    withServices: services !== undefined,
    ...withLookups(entries),
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
  const entries = [...index.entries.filter((e) => e.tieBreak < 3), ...added];
  return { ...index, withServices: true, ...withLookups(entries) };
}

function entry(key: string, tieBreak: number, result: SearchResult): Entry {
  return { key, tieBreak, result, id: resultKey(result) };
}

/** Sorted entries with what search() looks them up by: group bounds and the joined keys. */
function withLookups(entries: Entry[]): Pick<SearchIndex, "entries" | "groupStarts" | "keyText" | "keyStarts"> {
  const groupStarts: number[] = [];
  const keyStarts = new Int32Array(entries.length);
  let offset = 0;
  for (const [at, { key, tieBreak }] of entries.entries()) {
    while (groupStarts.length <= tieBreak) groupStarts.push(at);
    keyStarts[at] = offset + 1;
    offset += key.length + 1;
  }
  while (groupStarts.length <= MAX_TIE_BREAK + 1) groupStarts.push(entries.length);
  const keyText = entries.map((e) => `\n${e.key}`).join("");
  return { entries, groupStarts, keyText, keyStarts };
}

function serviceEntries(services: readonly Service[], byNumber: Map<string, SearchMunicipality>): Entry[] {
  const entries: Entry[] = [];
  for (const service of services) {
    if (service.area.national || service.supersededBy || service.area.municipalities.length === 0) continue;
    // Named with its municipality, so twelve offers called "Rask psykisk helsehjelp" are told apart.
    const municipality = byNumber.get(service.area.municipalities[0] ?? "");
    entries.push(entry(fold(service.name), 3, { kind: "service", service, municipality }));
  }
  return entries;
}

/** The highest tie-break: services. */
const MAX_TIE_BREAK = 3;

/** The most name forms a municipality has (Norwegian, Sami, Kven) with room to spare. */
const MAX_REPEATS = 4;

/**
 * Returns the best matches for what the user typed, best first: keys equal to the query, then keys starting
 * with it, then keys with a word starting with it, then keys holding it anywhere (where it first occurs in the
 * key decides); within each, in entry order (tie-break, then name). Each of the four is cut at limit ×
 * MAX_REPEATS entries before repeats are dropped: a hit repeats at most once per name form of a municipality,
 * so that still yields `limit` distinct hits, and one letter does not collect thousands.
 */
export function search(index: SearchIndex, input: string, limit = 12): SearchResult[] {
  const query = fold(input);
  if (query === "") return [];
  if (/^\d+$/.test(query)) return searchDigits(index, query, limit);
  const cap = limit * MAX_REPEATS;
  const hits = new DistinctHits(limit);
  const { exact, prefix } = startingWith(index, query, cap);
  // Most keystrokes end here: the keys that start with the query fill the list, and those are found by
  // binary search, so the rest of the index is never looked at.
  if (hits.addAll(exact) || hits.addAll(prefix)) return hits.kept;
  const inside: Entry[] = [];
  let words = 0;
  const { entries, keyText, keyStarts } = index;
  let from = 0;
  for (let at = keyText.indexOf(query, from); at >= 0; at = keyText.indexOf(query, from)) {
    const i = entryAt(keyStarts, at);
    from = i + 1 < entries.length ? keyStarts[i + 1]! - 1 : keyText.length;
    const start = keyStarts[i]!;
    // A hit at the start of the key was found by startingWith().
    if (at === start) continue;
    if (keyText.charCodeAt(at - 1) === SPACE) {
      // Word-start hits come before every inside hit: once they fill the list, nothing later can change it.
      if (words < cap) {
        words++;
        if (hits.add(entries[i]!)) return hits.kept;
      }
    } else if (inside.length < cap) inside.push(entries[i]!);
  }
  hits.addAll(inside);
  return hits.kept;
}

const SPACE = 32;

/**
 * Entries whose key equals the query and those whose key only starts with it, each in entry order and cut at
 * `cap`: keys ascend within each tie-break group, so each group's matches are one run found by binary search.
 */
function startingWith(index: SearchIndex, query: string, cap: number): { exact: Entry[]; prefix: Entry[] } {
  const exact: Entry[] = [];
  const prefix: Entry[] = [];
  const { entries, groupStarts } = index;
  for (let group = 0; group <= MAX_TIE_BREAK; group++) {
    const end = groupStarts[group + 1]!;
    for (let i = lowerBound(entries, groupStarts[group]!, end, query); i < end; i++) {
      const { key } = entries[i]!;
      if (key === query) {
        if (exact.length < cap) exact.push(entries[i]!);
      } else if (key.startsWith(query)) {
        // Exact keys sort first in the run, so a full prefix list means this group has nothing more to give.
        if (prefix.length >= cap) break;
        prefix.push(entries[i]!);
      } else break;
    }
  }
  return { exact, prefix };
}

/** The first position in [from, to) whose key is not below `query`. */
function lowerBound(entries: readonly Entry[], from: number, to: number, query: string): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.key < query) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The entry whose key holds position `at` of the joined key text: the last one starting at or before it. */
function entryAt(keyStarts: Int32Array, at: number): number {
  let low = 0;
  let high = keyStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (keyStarts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Keeps one hit per municipality name hit, place, district and offer name in a municipality, so "Oslo" is not
 * listed once per name form nor one offer once per record; stops at `limit`.
 */
class DistinctHits {
  readonly kept: SearchResult[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly limit: number) {}
  /** Adds the entry's hit unless it is there already; true once the list is full. */
  add(entry: Entry): boolean {
    if (this.kept.length >= this.limit) return true;
    if (!this.seen.has(entry.id)) {
      this.seen.add(entry.id);
      this.kept.push(entry.result);
    }
    return this.kept.length >= this.limit;
  }
  /** Adds each in order; true once the list is full. */
  addAll(entries: readonly Entry[]): boolean {
    for (const entry of entries) if (this.add(entry)) return true;
    return this.kept.length >= this.limit;
  }
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

/** Whether two hits are the same hit of the same records: a row showing one need not be drawn again for the other. */
export function sameResult(a: SearchResult, b: SearchResult): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case "municipality":
      return b.kind === a.kind && b.municipality === a.municipality && b.matchedName === a.matchedName;
    case "postal":
      return b.kind === a.kind && b.code === a.code && b.place === a.place && b.municipality === a.municipality;
    case "place":
      return b.kind === a.kind && b.place === a.place && b.municipality === a.municipality;
    case "district":
      return b.kind === a.kind && b.district === a.district && b.municipality === a.municipality;
    case "service":
      return b.kind === a.kind && b.service === a.service && b.municipality === a.municipality;
  }
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
