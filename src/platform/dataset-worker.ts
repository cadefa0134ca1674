/**
 * Worker: validates a downloaded dataset and stores it in IndexedDB off the main thread, so a first visit
 * on a slow phone stays responsive (validation and IndexedDB serialisation are the longest tasks of a visit).
 */

import type { Dataset } from "../domain/schema.ts";
import { DatasetRejected } from "../domain/validate-dataset.ts";
import type { StorageStatus } from "./dataset-sync.ts";
import { StorageUnavailable, storeDataset } from "./db.ts";
import { parseDownload } from "./parse-download.ts";

/** What the page sends; `store` is false when the page already knows storage does not work. */
export interface ParseRequest {
  datasetBytes: Uint8Array;
  geometryBytes: Uint8Array;
  version: string;
  store: boolean;
}

/** What the worker answers: the dataset, and either how storing went or (not stored) the geometry. */
export type ParseReply =
  | { ok: true; dataset: Dataset; storage: StorageStatus }
  | { ok: true; dataset: Dataset; topology: unknown }
  | { ok: false; rejected: boolean; message: string };

async function store(dataset: Dataset, topology: unknown): Promise<StorageStatus> {
  try {
    await storeDataset(dataset, topology);
    return "ok";
  } catch (error) {
    // Same reading as dataset-sync.ts: the transaction was aborted, so the previous version is intact.
    const full = (error as { name?: string } | null)?.name === "QuotaExceededError";
    return full ? "full" : error instanceof StorageUnavailable ? error.reason : "unavailable";
  }
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { datasetBytes, geometryBytes, version } = event.data;
  let reply: ParseReply;
  try {
    const { dataset, topology } = parseDownload(datasetBytes, geometryBytes, version);
    // Storing here means the geometry never crosses to the page at all.
    reply = event.data.store
      ? { ok: true, dataset, storage: await store(dataset, topology) }
      : { ok: true, dataset, topology };
  } catch (error) {
    reply = { ok: false, rejected: error instanceof DatasetRejected, message: String((error as Error)?.message) };
  }
  scope.postMessage(reply);
};
