/**
 * Reads the manifest, the first file of every online start, without zod: loading and running the schema library
 * on the page would cost a slow phone a round trip and tens of milliseconds before the dataset could even be
 * asked for. Only what the app uses is checked; every file it names is then verified by size and SHA-256.
 */
import { SCHEMA_VERSION } from "./constants.ts";
import { DatasetRejected } from "./dataset-rejected.ts";
import type { Manifest } from "./schema.ts";

/** The part of the manifest the app reads. */
export type AppManifest = Pick<Manifest, "schemaVersion" | "version" | "builtAt" | "dataset" | "geometry" | "search">;

/** A file the manifest names: a file in data/, its SHA-256 in hex and its size in bytes. */
type FileRef = Manifest["dataset"];

const FILE_URL = /^data\/[\w.-]+\.json$/;
const SHA256 = /^[0-9a-f]{64}$/;

function fileRef(value: unknown, name: string): FileRef {
  const ref = value as Partial<Record<keyof FileRef, unknown>> | null;
  if (typeof ref !== "object" || ref === null) throw new DatasetRejected(`manifest invalid: ${name} is missing`);
  const { url, sha256, bytes } = ref;
  if (typeof url !== "string" || !FILE_URL.test(url)) throw new DatasetRejected(`manifest invalid: ${name}.url`);
  if (typeof sha256 !== "string" || !SHA256.test(sha256)) {
    throw new DatasetRejected(`manifest invalid: ${name}.sha256`);
  }
  if (typeof bytes !== "number" || !Number.isSafeInteger(bytes) || bytes < 0) {
    throw new DatasetRejected(`manifest invalid: ${name}.bytes`);
  }
  return { url, sha256, bytes };
}

/** Checks a parsed manifest; throws DatasetRejected when it is not one this app can use. */
export function readManifest(json: unknown): AppManifest {
  const manifest = json as Partial<Record<keyof AppManifest, unknown>> | null;
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new DatasetRejected("manifest invalid: not an object");
  }
  const { schemaVersion, version, builtAt } = manifest;
  if (schemaVersion !== SCHEMA_VERSION)
    throw new DatasetRejected(`dataset format ${String(schemaVersion)} is not ${SCHEMA_VERSION}`);
  if (typeof version !== "string" || version.length < 8) throw new DatasetRejected("manifest invalid: version");
  if (typeof builtAt !== "string") throw new DatasetRejected("manifest invalid: builtAt");
  return {
    schemaVersion,
    version,
    builtAt,
    dataset: fileRef(manifest.dataset, "dataset"),
    geometry: fileRef(manifest.geometry, "geometry"),
    ...(manifest.search === undefined ? {} : { search: fileRef(manifest.search, "search") }),
  };
}
