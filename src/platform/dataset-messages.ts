/** The messages between the page and the dataset worker (shared by both sides, so neither imports the other). */
import type { Dataset } from "../domain/schema.ts";
import type { StorageStatus } from "./storage-status.ts";

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
