/** Gets the dataset onto the device: from IndexedDB first, from the network when new, never losing the last good one. */
import type { Dataset, Manifest } from "../domain/schema.ts";
import { readCurrentDataset, storeDataset } from "./db.ts";

/** Where the current dataset came from and whether it is kept between visits. */
export interface LoadedDataset {
  dataset: Dataset;
  /** False when IndexedDB is unavailable and the data lives only in this tab. */
  persistent: boolean;
}

/** Progress of a download in bytes. */
export type ProgressListener = (loaded: number, total: number) => void;

const MANIFEST_URL = `${import.meta.env.BASE_URL}data/manifest.json`;

/** Reads the stored dataset; undefined on a first visit, or when storage is unavailable. */
export async function loadStored(): Promise<{ stored?: Dataset; storageWorks: boolean }> {
  try {
    const record = await readCurrentDataset();
    return { stored: record?.dataset, storageWorks: true };
  } catch {
    return { storageWorks: false };
  }
}

/** Fetches the manifest; throws when offline or invalid. */
export async function fetchManifest(): Promise<Manifest> {
  const response = await fetch(MANIFEST_URL, { cache: "no-store" });
  if (!response.ok) throw new Error(`manifest: HTTP ${response.status}`);
  const { parseManifest } = await import("../domain/validate-dataset.ts");
  return parseManifest(await response.json());
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
  const [datasetBytes, geometryBytes] = await Promise.all([
    fetchVerified(manifest.dataset, (loaded) => onProgress(loaded, manifest.dataset.bytes + manifest.geometry.bytes)),
    fetchVerified(manifest.geometry, () => undefined),
  ]);
  const { parseDataset, DatasetRejected } = await import("../domain/validate-dataset.ts");
  const dataset = parseDataset(decode(datasetBytes), manifest.version);
  let topology: unknown;
  try {
    topology = JSON.parse(decode(geometryBytes));
  } catch {
    throw new DatasetRejected("geometry is not complete JSON");
  }
  if (storageWorks) {
    try {
      await storeDataset(dataset, topology);
      return { dataset, persistent: true };
    } catch {
      // Quota exceeded or storage gone: still usable in this tab.
      return { dataset, persistent: false };
    }
  }
  return { dataset, persistent: false };
}

async function fetchVerified(file: Manifest["dataset"], onProgress: (loaded: number) => void): Promise<Uint8Array> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file.url}`);
  if (!response.ok || !response.body) throw new Error(`${file.url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded);
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

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
