/** Checks downloaded bytes against what the manifest says of the file: its size and its SHA-256. */
import { DatasetRejected } from "../domain/dataset-rejected.ts";
import type { AppManifest } from "../domain/manifest.ts";

/** Throws DatasetRejected unless `bytes` are exactly the file the manifest names (hashed by the browser's crypto). */
export async function verifyFileBytes(bytes: Uint8Array, file: AppManifest["dataset"]): Promise<void> {
  if (bytes.byteLength !== file.bytes) {
    throw new DatasetRejected(`${file.url}: got ${bytes.byteLength} of ${file.bytes} bytes`);
  }
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  if (hex !== file.sha256) throw new DatasetRejected(`${file.url}: content hash mismatch`);
}
