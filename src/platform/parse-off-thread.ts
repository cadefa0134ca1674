/**
 * Runs dataset validation and storing in a worker: zod over the national dataset and IndexedDB's copy of it
 * are the longest tasks of a first visit (hundreds of milliseconds on a slow phone) and would otherwise block
 * the page while it renders. Falls back to the page's own thread where workers are unavailable (tests in
 * Node, old browsers).
 */
import { DatasetRejected } from "../domain/dataset-rejected.ts";
import type { Dataset } from "../domain/schema.ts";
import type { DatasetRequest, WorkerReply, WorkerRequest } from "./dataset-messages.ts";
import type { StorageStatus } from "./storage-status.ts";

/** A validated dataset, or with `slice` that municipality's share of the one stored; `storage` when storing was asked. */
export interface ParsedDataset {
  dataset: Dataset;
  storage?: StorageStatus;
  slice?: string;
}

/** A parser started before the download, so the worker's script loads while the bytes arrive. */
export interface Parser {
  /** Parses, validates and (when `request.store`) stores a dataset; throws DatasetRejected. */
  dataset(request: Omit<DatasetRequest, "kind">): Promise<ParsedDataset>;
  /** Stores the geometry of the dataset just stored; false when it could not be. Ends the parser. */
  geometry(bytes: Uint8Array, version: string): Promise<boolean>;
  /** Stops the worker when nothing more will be parsed. */
  cancel(): void;
}

function spawn(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./dataset-worker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
}

/** Sends one request; undefined when the worker could not load or crashed (the caller then works in the page). */
function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply | undefined> {
  return new Promise((done) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => done(event.data);
    worker.onerror = () => done(undefined);
    worker.postMessage(request);
  });
}

async function inPage(request: WorkerRequest): Promise<WorkerReply> {
  const { takeDataset, takeGeometry } = await import("./dataset-intake.ts");
  return request.kind === "dataset" ? takeDataset(request) : takeGeometry(request);
}

/** Starts a worker (where there are workers) for one download: its dataset, then its geometry. */
export function startParser(): Parser {
  let worker = spawn();
  const send = async (request: WorkerRequest): Promise<WorkerReply> => {
    const reply = worker ? await ask(worker, request) : undefined;
    if (reply) return reply;
    worker?.terminate();
    worker = undefined;
    return inPage(request);
  };
  return {
    async dataset(request) {
      const reply = await send({ kind: "dataset", ...request });
      if (reply.kind === "dataset" && reply.ok) return reply;
      const message = reply.kind === "dataset" && !reply.ok ? reply.message : "unexpected worker reply";
      throw reply.kind === "dataset" && !reply.ok && reply.rejected ? new DatasetRejected(message) : new Error(message);
    },
    async geometry(bytes, version) {
      const reply = await send({ kind: "geometry", bytes, version });
      worker?.terminate();
      return reply.kind === "geometry" && reply.ok;
    },
    cancel() {
      worker?.terminate();
    },
  };
}
