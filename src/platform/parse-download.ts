/** Parses and validates downloaded dataset and geometry bytes: the same code runs in the worker and, as a fallback, in the page. */

import type { Dataset } from "../domain/schema.ts";
import { DatasetRejected, parseDataset } from "../domain/validate-dataset.ts";

/** A validated dataset and its (parsed, not yet checked) TopoJSON geometry. */
export interface ParsedDownload {
  dataset: Dataset;
  topology: unknown;
}

/** Decodes, parses and validates; throws DatasetRejected on any problem. */
export function parseDownload(datasetBytes: Uint8Array, geometryBytes: Uint8Array, version: string): ParsedDownload {
  const decoder = new TextDecoder();
  const dataset = parseDataset(decoder.decode(datasetBytes), version);
  try {
    return { dataset, topology: JSON.parse(decoder.decode(geometryBytes)) };
  } catch {
    throw new DatasetRejected("geometry is not complete JSON");
  }
}
