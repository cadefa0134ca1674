/** A problem found in input data, named by file, record and field so it can be fixed. */
export interface DataError {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

/** One line per error: `file › record › field: message`. */
export function formatDataError(error: DataError): string {
  const where = [error.file, error.record && `record ${error.record}`, error.field && `field ${error.field}`]
    .filter(Boolean)
    .join(" › ");
  return `${where}: ${error.message}`;
}
