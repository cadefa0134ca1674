/** Writing CSV for people who open it in a spreadsheet: RFC 4180 quoting, CRLF line ends, formulas defused. */

// A cell starting with one of these runs as a formula in Excel, LibreOffice and Google Sheets (tab and CR too,
// because some spreadsheets strip them and then read what follows); a leading apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-like text gets a leading `'`, and a cell with a quote, comma or line break is quoted. */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: one line per row, CRLF line ends, a final line end. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
