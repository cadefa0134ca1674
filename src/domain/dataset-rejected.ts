/** The error every refused download carries, in its own small module so the start path can use it without zod. */

/** Why a download was refused. */
export class DatasetRejected extends Error {
  override name = "DatasetRejected";
}
