/** Gets the dataset onto the device: from IndexedDB first, from the network when new, never losing the last good one. */
import { SCHEMA_VERSION } from "../domain/constants.ts";
import { type AppManifest, readManifest } from "../domain/manifest.ts";
import type { Dataset } from "../domain/schema.ts";
import { readCurrentDataset, readCurrentSlice } from "./db.ts";
import { startParser } from "./parse-off-thread.ts";
import { classifyStorageError, type StorageStatus } from "./storage-status.ts";
import { verifyFileBytes } from "./verify-file.ts";

export type { StorageStatus } from "./storage-status.ts";

/** A downloaded, verified dataset and whether it was stored. */
export interface LoadedDataset {
  /** The whole dataset, or with `slice` only that municipality's share (the whole one is stored). */
  dataset: Dataset;
  /** The municipality `dataset` was cut down to. */
  slice?: string;
  /** False when the data lives only in this tab (storage unavailable, blocked or full). */
  persistent: boolean;
  /** Why storing failed, when it did. */
  storage: StorageStatus;
  /**
   * Downloads and stores the map's geometry for a stored dataset; settles true once stored, false when it could not
   * be. Called once the dataset is on screen, so the geometry never competes with what the page needs first.
   */
  geometry: () => Promise<boolean>;
}

/** Progress of a download in bytes. */
export type ProgressListener = (loaded: number, total: number) => void;

/** The server offers data in a newer format than this app reads: the app itself must be updated first. */
export class NeedsAppUpdate extends Error {
  override name = "NeedsAppUpdate";
}

const MANIFEST_URL = `${import.meta.env.BASE_URL}data/manifest.json`;

/**
 * Reads the stored dataset; undefined on a first visit, after eviction, or when the stored record is of
 * another format or damaged (then it is re-downloaded, never shown). With `focus` (a municipality page is
 * opening) only that municipality's share is read when it is stored, and `slice` names it.
 */
export async function loadStored(
  focus?: string,
): Promise<{ stored?: Dataset; slice?: string; storage: StorageStatus; discarded: boolean }> {
  try {
    performance.mark("idb-read-start");
    const share = focus === undefined ? undefined : await readCurrentSlice(focus);
    if (share && looksCurrent(share)) {
      performance.measure("idb-read", "idb-read-start");
      return { stored: share, slice: focus, storage: "ok", discarded: false };
    }
    const record = await readCurrentDataset();
    performance.measure("idb-read", "idb-read-start");
    if (!record) return { storage: "ok", discarded: false };
    return looksCurrent(record.dataset)
      ? { stored: record.dataset, storage: "ok", discarded: false }
      : { storage: "ok", discarded: true };
  } catch (error) {
    return { storage: classifyStorageError(error), discarded: false };
  }
}

let preloaded: ReturnType<typeof loadStored> | undefined;
let taken = false;

/**
 * Starts reading the stored dataset at once, before the UI has rendered (only `focus`'s share when a municipality
 * page is opening); the first session takes the read over. Too late once a session has read it itself.
 */
export function preloadStored(focus?: string): void {
  if (!taken) preloaded ??= loadStored(focus);
}

/** The read started by preloadStored (once), or a fresh one. */
export function takeStored(focus?: string): ReturnType<typeof loadStored> {
  const read = preloaded ?? loadStored(focus);
  preloaded = undefined;
  taken = true;
  return read;
}

/**
 * Cheap shape check of a stored record (full validation happened on arrival; zod stays off the start-up
 * path): the right format version and the arrays every view reads.
 */
export function looksCurrent(value: unknown): value is Dataset {
  const d = value as Partial<Record<keyof Dataset, unknown>> | null | undefined;
  return (
    d?.schemaVersion === SCHEMA_VERSION &&
    typeof d.version === "string" &&
    typeof d.builtAt === "string" &&
    Array.isArray(d.counties) &&
    Array.isArray(d.municipalities) &&
    d.municipalities.length > 0 &&
    Array.isArray(d.services) &&
    Array.isArray(d.holidays) &&
    Array.isArray(d.attribution)
  );
}

/**
 * The server answered, but not with the file (HTTP error, or no answer in time): unlike being offline this
 * is worth telling the user about when it keeps happening.
 */
export class ServerFailure extends Error {
  override name = "ServerFailure";
}

/** A manifest request that has not answered in this time is given up, so a hanging server ends in a Retry. */
export const REQUEST_TIMEOUT_MS = 10_000;

let manifestEarly: Promise<AppManifest> | undefined;
let manifestAtStart: Promise<AppManifest> | undefined;

/** Starts fetching the manifest at once, before the UI has rendered; the first check takes the answer over. */
export function preloadManifest(): void {
  manifestEarly ??= fetchManifest();
  manifestEarly.catch(() => undefined);
  manifestAtStart ??= manifestEarly;
}

/**
 * The manifest as the page found it on start (the preloaded fetch; a fresh one when none was started), for
 * checks that only need to know the current files, such as the search index's hash. Does not take the preload.
 */
export function manifestOnStart(): Promise<AppManifest> {
  manifestAtStart ??= fetchManifest();
  manifestAtStart.catch(() => undefined);
  return manifestAtStart;
}

/** The fetch started by preloadManifest (once), or a fresh one. */
export function takeManifest(): Promise<AppManifest> {
  const manifest = manifestEarly ?? fetchManifest();
  manifestEarly = undefined;
  return manifest;
}

/** Fetches the manifest; throws when offline or invalid, NeedsAppUpdate when its format is newer than this app. */
export async function fetchManifest(): Promise<AppManifest> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  let json: unknown;
  try {
    const response = await fetch(MANIFEST_URL, { cache: "no-store", signal: controller.signal });
    if (!response.ok) throw new ServerFailure(`manifest: HTTP ${response.status}`);
    json = await response.json();
  } catch (error) {
    if (controller.signal.aborted) throw new ServerFailure("manifest: no answer in time");
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const schemaVersion = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schemaVersion === "number" && schemaVersion > SCHEMA_VERSION) {
    throw new NeedsAppUpdate(`dataset format ${schemaVersion} is newer than ${SCHEMA_VERSION}`);
  }
  return readManifest(json);
}

/**
 * Downloads, verifies (size, SHA-256, schema) and stores the dataset named by a manifest. Storing is one
 * transaction, so a failure at any step keeps the previous version. With `focus` (the municipality whose page is
 * open) a stored dataset comes back as that municipality's share only. The map's geometry is left to `geometry`:
 * no page needs it to show its answer, and downloading both at once would slow the dataset down on a slow line.
 */
export async function downloadDataset(
  manifest: AppManifest,
  onProgress: ProgressListener,
  storageWorks: boolean,
  focus?: string,
): Promise<LoadedDataset> {
  // Started now, so the worker's code loads during the download instead of after it.
  const parser = startParser();
  const total = manifest.dataset.bytes;
  const bytes = await fetchVerified(manifest.dataset, (loaded) => onProgress(Math.min(loaded, total), total)).catch(
    (error: unknown) => {
      parser.cancel();
      throw error;
    },
  );
  const parsed = await parser
    .dataset({ bytes, version: manifest.version, store: storageWorks, focus })
    .catch((error: unknown) => {
      parser.cancel();
      throw error;
    });
  const storage = parsed.storage ?? "unavailable";
  if (storage !== "ok") parser.cancel();
  const geometry = () =>
    storage === "ok"
      ? fetchVerified(manifest.geometry, () => undefined).then(
          (geometryBytes) => parser.geometry(geometryBytes, manifest.version),
          () => {
            // Offline or refused: the map fetches the geometry itself when it is shown.
            parser.cancel();
            return false;
          },
        )
      : Promise.resolve(false);
  // Still usable in this tab when storing failed; the transaction was aborted, so the previous version is intact.
  return { dataset: parsed.dataset, slice: parsed.slice, persistent: storage === "ok", storage, geometry };
}

/** A download that receives no bytes for this long is given up, so a connection lost in a tunnel ends in a Retry, not a wait. */
export const STALL_TIMEOUT_MS = 10_000;

async function fetchVerified(file: AppManifest["dataset"], onProgress: (loaded: number) => void): Promise<Uint8Array> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  // A stall (a tunnel) counts as being offline, not as a server fault.
  const stallTimer = () => setTimeout(stop, STALL_TIMEOUT_MS);
  let stall = stallTimer();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${file.url}`, { signal: controller.signal });
    if (!response.ok || !response.body) throw new ServerFailure(`${file.url}: HTTP ${response.status}`);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      clearTimeout(stall);
      stall = stallTimer();
      chunks.push(value);
      loaded += value.byteLength;
      onProgress(loaded);
    }
  } finally {
    clearTimeout(stall);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  await verifyFileBytes(bytes, file);
  return bytes;
}
