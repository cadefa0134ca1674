/**
 * Runs dataset validation and storing in a worker: zod over the national dataset and IndexedDB's copy of it
 * are the longest tasks of a first visit (hundreds of milliseconds on a slow phone) and would otherwise block
 * the page while it renders. Falls back to the page's own thread where workers are unavailable (tests in
 * Node, old browsers); then nothing is stored here and the caller stores as before.
 */
import type { ParseReply, ParseRequest } from "./dataset-messages.ts";
import type { ParsedDownload } from "./parse-download.ts";
import type { StorageStatus } from "./storage-status.ts";

/** The validated dataset; `storage` is set when the worker stored it, `topology` when it did not. */
export interface OffThreadResult {
  dataset: ParsedDownload["dataset"];
  topology?: unknown;
  storage?: StorageStatus;
}

async function inPage(datasetBytes: Uint8Array, geometryBytes: Uint8Array, version: string): Promise<ParsedDownload> {
  const { parseDownload } = await import("./parse-download.ts");
  return parseDownload(datasetBytes, geometryBytes, version);
}

function askWorker(request: ParseRequest): Promise<ParseReply | undefined> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./dataset-worker.ts", import.meta.url), { type: "module" });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((done) => {
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      done(event.data);
    };
    // The worker script could not load or crashed: the caller validates in the page instead.
    worker.onerror = () => {
      worker.terminate();
      done(undefined);
    };
    worker.postMessage(request);
  });
}

/**
 * Decodes, parses and validates downloaded bytes and, when `store`, stores them — off the main thread when
 * possible; throws DatasetRejected.
 */
export async function parseOffThread(
  datasetBytes: Uint8Array,
  geometryBytes: Uint8Array,
  version: string,
  store: boolean,
): Promise<OffThreadResult> {
  const reply =
    typeof Worker === "undefined" ? undefined : await askWorker({ datasetBytes, geometryBytes, version, store });
  if (!reply) return inPage(datasetBytes, geometryBytes, version);
  if (reply.ok) return reply;
  const { DatasetRejected } = await import("../domain/validate-dataset.ts");
  throw reply.rejected ? new DatasetRejected(reply.message) : new Error(reply.message);
}
