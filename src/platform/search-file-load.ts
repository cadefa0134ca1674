/**
 * Gets the compact search index onto the page: the copy index.html preloads, checked on arrival and then kept
 * in IndexedDB; when that fails (offline, refused), the kept copy. A damaged download is never kept, so it
 * never replaces a good copy.
 */
import { SEARCH_FILE_FORMAT } from "../domain/constants.ts";
import type { SearchFile } from "../domain/schema.ts";
import { readSetting, writeSetting } from "./db.ts";
import { SEARCH_INDEX_LINK_ID, SEARCH_INDEX_URL_ID } from "./search-index-link.ts";

/** The settings key of the kept copy. */
export const STORED_SEARCH_FILE_KEY = "searchFile";

/** The search file, fresh or kept; undefined when there is neither. */
export async function loadSearchFile(): Promise<SearchFile | undefined> {
  const fresh = await fetchSearchFile().catch(() => undefined);
  if (fresh) {
    // Kept for an offline visit later, without holding up search; a failed write costs only that.
    void writeSetting(STORED_SEARCH_FILE_KEY, fresh).catch(() => undefined);
    return fresh;
  }
  try {
    const stored = await readSetting<unknown>(STORED_SEARCH_FILE_KEY);
    return looksLikeSearchFile(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Downloads and checks the file index.html names; throws DatasetRejected when it is damaged. */
async function fetchSearchFile(): Promise<SearchFile | undefined> {
  // The preload link is there unless the page was opened on a municipality; then the address is in the meta tag.
  const link = document.getElementById(SEARCH_INDEX_LINK_ID) as HTMLLinkElement | null;
  const meta = document.getElementById(SEARCH_INDEX_URL_ID) as HTMLMetaElement | null;
  const href = link?.href ?? meta?.content;
  // Offline the kept copy is all there is: do not load the checker for a download that cannot come.
  if (!href || (typeof navigator !== "undefined" && navigator.onLine === false)) return undefined;
  // The checker loads while the file downloads.
  const checker = import("../domain/validate-dataset.ts");
  checker.catch(() => undefined);
  const response = await fetch(href);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const json: unknown = await response.json();
  return (await checker).parseSearchFile(json);
}

/** Cheap shape check of the kept copy (it was fully checked before it was kept). */
export function looksLikeSearchFile(value: unknown): value is SearchFile {
  const file = value as Partial<Record<keyof SearchFile, unknown>> | null | undefined;
  return (
    file?.format === SEARCH_FILE_FORMAT &&
    typeof file.version === "string" &&
    Array.isArray(file.counties) &&
    Array.isArray(file.municipalities) &&
    file.municipalities.length > 0 &&
    Array.isArray(file.districts)
  );
}

let preloaded: Promise<SearchFile | undefined> | undefined;

/** Starts loading at once, before the first render; the front page takes the load over. */
export function preloadSearchFile(): void {
  preloaded ??= loadSearchFile();
}

/** The load started by preloadSearchFile (once), or a fresh one. */
export function takeSearchFile(): Promise<SearchFile | undefined> {
  const load = preloaded ?? loadSearchFile();
  preloaded = undefined;
  return load;
}
