/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes. */

/** One parsed row with the 1-based line number it starts on (for error messages). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** Thrown when the text is not valid CSV; the message names the line. */
export class CsvError extends Error {
  override name = "CsvError";
}

/** Parses CSV text into rows of fields; accepts LF or CRLF line ends and a leading byte-order mark. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  // A field that was quoted may be empty yet still count as a field; track whether the row has started.
  let rowStarted = false;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    rows.push({ line: rowLine, fields });
    fields = [];
    field = "";
    rowStarted = false;
  };
  while (i < input.length) {
    const char = input[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        const next = input[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new CsvError(`line ${line}: unexpected character after closing quote`);
        }
        continue;
      }
      if (char === "\n") line += 1;
      field += char;
      i += 1;
      continue;
    }
    if (!rowStarted) {
      rowStarted = true;
      rowLine = line;
    }
    if (char === '"') {
      if (field.length > 0) throw new CsvError(`line ${line}: quote inside an unquoted field`);
      inQuotes = true;
      i += 1;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRow();
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line += 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (inQuotes) throw new CsvError(`line ${rowLine}: quoted field is not closed`);
  if (rowStarted) endRow();
  // Blank lines carry no data; a lone empty field is how they parse.
  return rows.filter((row) => !(row.fields.length === 1 && row.fields[0] === ""));
}

/** A data row keyed by the header's column names. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** Parses CSV with a header row; checks the required columns exist and every row has the header's width. */
export function parseCsvRecords(text: string, requiredColumns: readonly string[] = []): CsvRecord[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) throw new CsvError("empty file: no header row");
  const columns = header.fields.map((name) => name.trim());
  const missing = requiredColumns.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new CsvError(`header is missing column(s): ${missing.join(", ")}`);
  return rows.map((row) => {
    if (row.fields.length !== columns.length) {
      throw new CsvError(`line ${row.line}: expected ${columns.length} fields, found ${row.fields.length}`);
    }
    const values: Record<string, string> = {};
    columns.forEach((name, index) => {
      values[name] = row.fields[index]!;
    });
    return { line: row.line, values };
  });
}
