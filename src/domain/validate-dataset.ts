/** Checks a downloaded dataset before it may replace the stored one (loaded lazily: zod stays off the start-up path). */
import { type Dataset, datasetSchema, type Manifest, manifestSchema, SCHEMA_VERSION } from "./schema.ts";

/** Why a download was refused. */
export class DatasetRejected extends Error {
  override name = "DatasetRejected";
}

/** Parses and checks a manifest; throws DatasetRejected when it is not one this app can use. */
export function parseManifest(json: unknown): Manifest {
  const result = manifestSchema.safeParse(json);
  if (!result.success) throw new DatasetRejected(`manifest invalid: ${describeIssue(result.error.issues[0])}`);
  if (result.data.schemaVersion !== SCHEMA_VERSION) {
    throw new DatasetRejected(`dataset format ${result.data.schemaVersion} is not ${SCHEMA_VERSION}`);
  }
  return result.data;
}

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

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown problem";
}
