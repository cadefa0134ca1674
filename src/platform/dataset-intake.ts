/**
 * What happens to a downloaded dataset and then its geometry: parsed, validated, stored. The same code runs in
 * the dataset worker and, where there are no workers, in the page.
 */
import { sliceDataset } from "../domain/dataset-slice.ts";
import { DatasetRejected } from "../domain/validate-dataset.ts";
import type { DatasetReply, DatasetRequest, GeometryReply, GeometryRequest } from "./dataset-messages.ts";
import { storeDataset, storeGeometry } from "./db.ts";
import { parseDatasetBytes, parseGeometryBytes } from "./parse-download.ts";
import { classifyStorageError, type StorageStatus } from "./storage-status.ts";

/**
 * Parses, validates and (when asked) stores a dataset. A page showing one municipality gets only its share of a
 * stored dataset; the whole one goes back when it could not be stored, as the page then has no other copy.
 */
export async function takeDataset(request: DatasetRequest): Promise<DatasetReply> {
  try {
    const dataset = parseDatasetBytes(request.bytes, request.version);
    if (!request.store) return { kind: "dataset", ok: true, dataset };
    let storage: StorageStatus = "ok";
    try {
      await storeDataset(dataset);
    } catch (error) {
      storage = classifyStorageError(error);
    }
    const slice = storage === "ok" && request.focus !== undefined ? sliceDataset(dataset, request.focus) : undefined;
    return slice
      ? { kind: "dataset", ok: true, dataset: slice, storage, slice: request.focus }
      : { kind: "dataset", ok: true, dataset, storage };
  } catch (error) {
    return {
      kind: "dataset",
      ok: false,
      rejected: error instanceof DatasetRejected,
      message: String((error as Error)?.message),
    };
  }
}

/** Parses and stores the geometry of the stored dataset; a failure only means the map fetches it when shown. */
export async function takeGeometry(request: GeometryRequest): Promise<GeometryReply> {
  try {
    return { kind: "geometry", ok: await storeGeometry(request.version, parseGeometryBytes(request.bytes)) };
  } catch {
    return { kind: "geometry", ok: false };
  }
}
