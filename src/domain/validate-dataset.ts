/**
 * Checks a downloaded dataset or search index before it may replace the stored one (loaded lazily: zod stays
 * off the start-up path).
 */

import { DatasetRejected } from "./dataset-rejected.ts";
import { type Dataset, datasetSchema, type SearchFile, searchFileSchema } from "./schema.ts";
import { decodePostalCodes, encodePostalCodes } from "./search-file.ts";

export { DatasetRejected } from "./dataset-rejected.ts";

/** Parses dataset text whose SHA-256 is already checked; throws DatasetRejected on any problem. */
export function parseDataset(text: string, expectedVersion: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetRejected("dataset is not complete JSON");
  }
  const result = datasetSchema.safeParse(json);
  if (!result.success) throw new DatasetRejected(`dataset invalid: ${describeIssue(result.error.issues[0])}`);
  if (result.data.version !== expectedVersion) throw new DatasetRejected("dataset version does not match manifest");
  return result.data;
}

/** A search file lists at most every four-digit code once; more means a damaged range. */
const MAX_POSTAL_CODES = 10_000;

/** Parses and checks a downloaded search index file; throws DatasetRejected when it is not one to use or keep. */
export function parseSearchFile(json: unknown): SearchFile {
  const result = searchFileSchema.safeParse(json);
  if (!result.success) throw new DatasetRejected(`search index invalid: ${describeIssue(result.error.issues[0])}`);
  const file = result.data;
  const numbers = new Set(file.municipalities.map(([number]) => number));
  if (numbers.size === 0) throw new DatasetRejected("search index has no municipalities");
  let codes = 0;
  for (const [number, , , places] of file.municipalities) {
    for (const part of places === "" ? [] : places.split("|")) {
      const list = part.slice(part.lastIndexOf(":") + 1);
      const decoded = decodePostalCodes(list);
      // The build writes ascending codes in their shortest form; anything else (a backwards range, codes out
      // of order, a run not written as a range) means the file was damaged on the way.
      const ascending = decoded.every((code, i) => i === 0 || code > decoded[i - 1]!);
      if (!ascending || encodePostalCodes(decoded) !== list) {
        throw new DatasetRejected(`search index: bad postal codes in ${part}`);
      }
      codes += decoded.length;
    }
    if (codes > MAX_POSTAL_CODES) throw new DatasetRejected(`search index: too many postal codes at ${number}`);
  }
  for (const [code, , municipality] of file.districts) {
    if (!numbers.has(municipality)) throw new DatasetRejected(`search index: district ${code} has no municipality`);
  }
  return file;
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown problem";
}
