/** Search over municipalities, postal codes and services, built once per dataset. */
import type { Dataset, Municipality, Service } from "./schema.ts";
import { fold, norwegianCollator } from "./text.ts";

/** One search hit. */
export type SearchResult =
  | { kind: "municipality"; municipality: Municipality; matchedName: string }
  | { kind: "postal"; code: string; place: string; municipality: Municipality }
  | { kind: "place"; place: string; municipality: Municipality }
  | { kind: "service"; service: Service; municipality?: Municipality };

interface Entry {
  /** Folded text the query is matched against. */
  key: string;
  /** Lower sorts first among equally good matches. */
  tieBreak: number;
  result: SearchResult;
}

/** A prepared search index. */
export interface SearchIndex {
  entries: Entry[];
  postal: Map<string, SearchResult>;
  byNumber: Map<string, Municipality>;
}

/** Builds the index for a dataset; call once when the dataset is loaded. */
export function buildSearchIndex(dataset: Pick<Dataset, "municipalities" | "postalCodes" | "services">): SearchIndex {
  const byNumber = new Map(dataset.municipalities.map((m) => [m.number, m]));
  const entries: Entry[] = [];
  for (const municipality of dataset.municipalities) {
    for (const name of new Set([...municipality.names, municipality.nameNorwegian])) {
      entries.push({ key: fold(name), tieBreak: 0, result: { kind: "municipality", municipality, matchedName: name } });
    }
  }
  const postal = new Map<string, SearchResult>();
  const places = new Set<string>();
  for (const [code, place, number] of dataset.postalCodes) {
    const municipality = byNumber.get(number);
    // Svalbard and Jan Mayen have postal codes but are not municipalities in the register.
    if (!municipality) continue;
    postal.set(code, { kind: "postal", code, place, municipality });
    const key = fold(place);
    const placeKey = `${key}|${number}`;
    if (places.has(placeKey)) continue;
    places.add(placeKey);
    // A place named like its own municipality would only repeat the municipality hit.
    if (municipality.names.some((name) => fold(name) === key)) continue;
    entries.push({ key, tieBreak: 1, result: { kind: "place", place, municipality } });
  }
  for (const service of dataset.services) {
    if (service.area.national || service.supersededBy || service.area.municipalities.length === 0) continue;
    // Named with its municipality, so twelve offers called "Rask psykisk helsehjelp" are told apart.
    const municipality = byNumber.get(service.area.municipalities[0] ?? "");
    entries.push({ key: fold(service.name), tieBreak: 2, result: { kind: "service", service, municipality } });
  }
  // Sorted once here so a search needs no sort (and no collator) per keystroke: see search().
  entries.sort((a, b) => a.tieBreak - b.tieBreak || norwegianCollator.compare(a.key, b.key));
  return { entries, postal, byNumber };
}

/** How well a folded key matches a folded query: 0 exact, 1 prefix, 2 word prefix, 3 inside; -1 no match. */
function matchRank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  const at = key.indexOf(query);
  if (at < 0) return -1;
  return key[at - 1] === " " ? 2 : 3;
}

/** Returns the best matches for what the user typed, best first. */
export function search(index: SearchIndex, input: string, limit = 12): SearchResult[] {
  const query = fold(input);
  if (query === "") return [];
  if (/^\d+$/.test(query)) return searchDigits(index, query, limit);
  // Entries are already in (tie-break, name) order, so collecting them into one bucket per match rank
  // gives the order rank → tie-break → name without sorting on every keystroke.
  const buckets: SearchResult[][] = [[], [], [], []];
  for (const entry of index.entries) {
    const rank = matchRank(entry.key, query);
    if (rank >= 0) buckets[rank]!.push(entry.result);
  }
  return dedupe(buckets.flat(), limit);
}

/** Digits: an exact postal code first, then municipality numbers and postal codes that start with them. */
function searchDigits(index: SearchIndex, query: string, limit: number): SearchResult[] {
  const results: SearchResult[] = [];
  const exactMunicipality = index.byNumber.get(query);
  const exactPostal = index.postal.get(query);
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
  for (const [code, result] of index.postal) {
    if (results.length >= limit) break;
    if (code.startsWith(query) && result !== exactPostal) results.push(result);
  }
  return results;
}

/**
 * Keeps one hit per municipality name hit, per place and per offer name in a municipality, so "Oslo" is not listed
 * once per name form nor one offer once per record;
 * stops at `limit`, so a one-letter query does not build keys for a thousand hits nobody sees.
 */
function dedupe(results: SearchResult[], limit: number): SearchResult[] {
  const seen = new Set<string>();
  const kept: SearchResult[] = [];
  for (const result of results) {
    if (kept.length >= limit) break;
    const key =
      result.kind === "service"
        ? `s:${fold(result.service.name)}|${result.municipality?.number ?? result.service.id}`
        : result.kind === "municipality"
          ? `m:${result.municipality.number}`
          : `p:${result.place}|${result.municipality.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(result);
  }
  return kept;
}
