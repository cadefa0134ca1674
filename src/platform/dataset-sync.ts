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

/** Fetches the manifest; throws when offline or invalid, NeedsAppUpdate when its format is newer than this app. */
export async function fetchManifest(): Promise<Manifest> {
  const response = await fetch(MANIFEST_URL, { cache: "no-store" });
  if (!response.ok) throw new Error(`manifest: HTTP ${response.status}`);
  const json: unknown = await response.json();
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
  const report = () => onProgress(Math.min(received.dataset + received.geometry, total), total);
  const [datasetBytes, geometryBytes] = await Promise.all([
    fetchVerified(manifest.dataset, (loaded) => {
      received.dataset = loaded;
      report();
    }),
    fetchVerified(manifest.geometry, (loaded) => {
      received.geometry = loaded;
      report();
    }),
  ]);
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

async function fetchVerified(file: Manifest["dataset"], onProgress: (loaded: number) => void): Promise<Uint8Array> {
  const controller = new AbortController();
  let stall = setTimeout(() => controller.abort(), STALL_TIMEOUT_MS);
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${file.url}`, { signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`${file.url}: HTTP ${response.status}`);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      clearTimeout(stall);
      stall = setTimeout(() => controller.abort(), STALL_TIMEOUT_MS);
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
  const { DatasetRejected } = await import("../domain/validate-dataset.ts");
  if (loaded !== file.bytes) throw new DatasetRejected(`${file.url}: got ${loaded} of ${file.bytes} bytes`);
  if ((await sha256Hex(bytes)) !== file.sha256) throw new DatasetRejected(`${file.url}: content hash mismatch`);
  return bytes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
