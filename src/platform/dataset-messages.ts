/** The messages between the page and the dataset worker (shared by both sides, so neither imports the other). */
import type { Dataset } from "../domain/schema.ts";
import type { StorageStatus } from "./storage-status.ts";

/**
 * The downloaded dataset; `store` is false when the page already knows storage does not work. `focus` names the
 * municipality whose page is open: once the whole dataset is stored, only that municipality's share is sent back.
 */
export interface DatasetRequest {
  kind: "dataset";
  bytes: Uint8Array;
  version: string;
  store: boolean;
  focus?: string;
}

/** The map's boundaries for a dataset the worker has stored, sent once they have arrived. */
export interface GeometryRequest {
  kind: "geometry";
  bytes: Uint8Array;
  version: string;
}

/** What the page sends. */
export type WorkerRequest = DatasetRequest | GeometryRequest;

/**
 * The answer to a dataset: the dataset (or, with `slice`, that municipality's share of the one it stored) and
 * how storing went (`storage` is absent when the page asked for no storing); or why it was refused.
 */
export type DatasetReply =
  | { kind: "dataset"; ok: true; dataset: Dataset; storage?: StorageStatus; slice?: string }
  | { kind: "dataset"; ok: false; rejected: boolean; message: string };

/** The answer to the geometry: stored, or not (the map then fetches it when it is shown). */
export interface GeometryReply {
  kind: "geometry";
  ok: boolean;
}

/** What the worker answers. */
export type WorkerReply = DatasetReply | GeometryReply;
