/** Parses and validates downloaded bytes: the same code runs in the worker and, as a fallback, in the page. */

import type { Dataset } from "../domain/schema.ts";
import { DatasetRejected, parseDataset } from "../domain/validate-dataset.ts";

/** Decodes, parses and validates a dataset whose hash is checked; throws DatasetRejected on any problem. */
export function parseDatasetBytes(bytes: Uint8Array, version: string): Dataset {
  return parseDataset(new TextDecoder().decode(bytes), version);
}

/** Decodes and parses TopoJSON geometry whose hash is checked (the map checks its shape); throws DatasetRejected. */
export function parseGeometryBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetRejected("geometry is not complete JSON");
  }
}
