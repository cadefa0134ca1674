/** Whether the device keeps the dataset between visits, and how a failed write is read. */
import { StorageUnavailable } from "./db.ts";

/** Whether data can be kept between visits: ok, refused (private mode), blocked by another tab, or full. */
export type StorageStatus = "ok" | "unavailable" | "blocked" | "full";

/** Reads why storing the dataset failed; the transaction was aborted, so the previous version is intact. */
export function classifyStorageError(error: unknown): Exclude<StorageStatus, "ok"> {
  if ((error as { name?: string } | null)?.name === "QuotaExceededError") return "full";
  return error instanceof StorageUnavailable ? error.reason : "unavailable";
}
