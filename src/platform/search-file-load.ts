/**
 * Gets the compact search index onto the page: the copy index.html preloads, checked on arrival and then kept
 * in IndexedDB; when that fails (offline, refused), the kept copy. A damaged download is never kept, so it
 * never replaces a good copy.
 */
import { SEARCH_FILE_FORMAT } from "../domain/constants.ts";
import { DatasetRejected } from "../domain/dataset-rejected.ts";
import type { SearchFile } from "../domain/schema.ts";
import { manifestOnStart } from "./dataset-sync.ts";
import { readSetting, writeSetting } from "./db.ts";
import { SEARCH_INDEX_LINK_ID, SEARCH_INDEX_URL_ID } from "./search-index-link.ts";
import { verifyFileBytes } from "./verify-file.ts";

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

/**
 * Downloads and checks the file index.html names; throws DatasetRejected when it is damaged. The manifest's
 * SHA-256 of the file is the check when the manifest names this file: it proves the file is the one the build
 * checked, for the cost of one digest, where the full check (zod and every postal range) would cost a slow phone
 * a long task while the front page becomes usable. Without that, the full check.
 */
async function fetchSearchFile(): Promise<SearchFile | undefined> {
  // The preload link is there unless the page was opened on a municipality; then the address is in the meta tag.
  const link = document.getElementById(SEARCH_INDEX_LINK_ID) as HTMLLinkElement | null;
  const meta = document.getElementById(SEARCH_INDEX_URL_ID) as HTMLMetaElement | null;
  const href = link?.href ?? meta?.content;
  // Offline the kept copy is all there is: nothing to download.
  if (!href || (typeof navigator !== "undefined" && navigator.onLine === false)) return undefined;
  const manifest = manifestOnStart().catch(() => undefined);
  const response = await fetch(href);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const named = (await manifest)?.search;
  const hashed = named !== undefined && new URL(href, location.href).pathname.endsWith(`/${named.url}`);
  if (hashed) await verifyFileBytes(bytes, named);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetRejected("search index is not complete JSON");
  }
  if (!hashed) return (await import("../domain/validate-dataset.ts")).parseSearchFile(json);
  if (!looksLikeSearchFile(json)) throw new DatasetRejected("search index: not a search index of this format");
  return json;
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

/** Starts loading at once, before the first render (the front page takes the load over); settles when it has. */
export function preloadSearchFile(): Promise<unknown> {
  preloaded ??= loadSearchFile();
  return preloaded;
}

/** The load started by preloadSearchFile (once), or a fresh one. */
export function takeSearchFile(): Promise<SearchFile | undefined> {
  const load = preloaded ?? loadSearchFile();
  preloaded = undefined;
  return load;
}
