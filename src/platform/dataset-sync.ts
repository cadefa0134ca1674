/** Gets the dataset onto the device: from IndexedDB first, from the network when new, never losing the last good one. */
import { SCHEMA_VERSION } from "../domain/constants.ts";
import type { Dataset, Manifest } from "../domain/schema.ts";
import { readCurrentDataset, storeDataset } from "./db.ts";
import { parseOffThread } from "./parse-off-thread.ts";
import { classifyStorageError, type StorageStatus } from "./storage-status.ts";

export type { StorageStatus } from "./storage-status.ts";

/** A downloaded, verified dataset and whether it was stored. */
export interface LoadedDataset {
  dataset: Dataset;
  /** False when the data lives only in this tab (storage unavailable, blocked or full). */
  persistent: boolean;
  /** Why storing failed, when it did. */
  storage: StorageStatus;
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
 * another format or damaged (then it is re-downloaded, never shown).
 */
export async function loadStored(): Promise<{ stored?: Dataset; storage: StorageStatus; discarded: boolean }> {
  try {
    performance.mark("idb-read-start");
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

/** Starts reading the stored dataset at once, before the UI has rendered; the first session takes the read over. */
export function preloadStored(): void {
  preloaded ??= loadStored();
}

/** The read started by preloadStored (once), or a fresh one. */
export function takeStored(): ReturnType<typeof loadStored> {
  const read = preloaded ?? loadStored();
  preloaded = undefined;
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
    Array.isArray(d.postalCodes) &&
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

/** Fetches the manifest; throws when offline or invalid, NeedsAppUpdate when its format is newer than this app. */
export async function fetchManifest(): Promise<Manifest> {
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
  const { parseManifest } = await import("../domain/validate-dataset.ts");
  return parseManifest(json);
}

/**
 * Downloads, verifies (size, SHA-256, schema) and stores the dataset named by a manifest.
 * Storing is one transaction, so a failure at any step keeps the previous version.
 */
export async function downloadDataset(
  manifest: Manifest,
  onProgress: ProgressListener,
  storageWorks: boolean,
): Promise<LoadedDataset> {
  const total = manifest.dataset.bytes + manifest.geometry.bytes;
  const received = { dataset: 0, geometry: 0 };
  // When one file fails the other is cancelled and reports no more progress: a failure must stay visible.
  const cancel = new AbortController();
  const report = () => {
    if (!cancel.signal.aborted) onProgress(Math.min(received.dataset + received.geometry, total), total);
  };
  const both = Promise.all([
    fetchVerified(manifest.dataset, cancel.signal, (loaded) => {
      received.dataset = loaded;
      report();
    }),
    fetchVerified(manifest.geometry, cancel.signal, (loaded) => {
      received.geometry = loaded;
      report();
    }),
  ]);
  const [datasetBytes, geometryBytes] = await both.catch((error: unknown) => {
    cancel.abort();
    throw error;
  });
  const { dataset, topology, storage } = await parseOffThread(
    datasetBytes,
    geometryBytes,
    manifest.version,
    storageWorks,
  );
  // The worker has stored it already (parse-off-thread.ts); the page stores only when validation ran here.
  if (storage) return { dataset, persistent: storage === "ok", storage };
  if (!storageWorks) return { dataset, persistent: false, storage: "unavailable" };
  try {
    await storeDataset(dataset, topology);
    return { dataset, persistent: true, storage: "ok" };
  } catch (error) {
    // Still usable in this tab; the transaction was aborted, so the previous version is intact.
    return { dataset, persistent: false, storage: classifyStorageError(error) };
  }
}

/** A download that receives no bytes for this long is given up, so a connection lost in a tunnel ends in a Retry, not a wait. */
export const STALL_TIMEOUT_MS = 10_000;

async function fetchVerified(
  file: Manifest["dataset"],
  cancel: AbortSignal,
  onProgress: (loaded: number) => void,
): Promise<Uint8Array> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  cancel.addEventListener("abort", stop);
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
    cancel.removeEventListener("abort", stop);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const { DatasetRejected } = await import("../domain/validate-dataset.ts");
  if (loaded !== file.bytes) throw new DatasetRejected(`${file.url}: got ${loaded} of ${file.bytes} bytes`);
  if ((await sha256Hex(bytes)) !== file.sha256) throw new DatasetRejected(`${file.url}: content hash mismatch`);
  return bytes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
