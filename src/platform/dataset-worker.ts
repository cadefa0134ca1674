/**
 * Worker: validates a downloaded dataset and stores it in IndexedDB off the main thread, so a first visit
 * on a slow phone stays responsive (validation and IndexedDB serialisation are the longest tasks of a visit).
 */
import type { Dataset } from "../domain/schema.ts";
import { DatasetRejected } from "../domain/validate-dataset.ts";
import type { ParseReply, ParseRequest } from "./dataset-messages.ts";
import { storeDataset } from "./db.ts";
import { parseDownload } from "./parse-download.ts";
import { classifyStorageError, type StorageStatus } from "./storage-status.ts";

async function store(dataset: Dataset, topology: unknown): Promise<StorageStatus> {
  try {
    await storeDataset(dataset, topology);
    return "ok";
  } catch (error) {
    return classifyStorageError(error);
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
