/**
 * Writes curated JSON exactly as the repository's formatter (Biome, width 120) leaves data/services/*.json:
 * objects one key per line, arrays of plain values on one line when they fit. So a merge touches only the
 * lines it changes, and `npx biome check` stays clean without running the formatter on data/.
 */

const WIDTH = 120;
const INDENT = "  ";

/** The JSON text of a data file, ending with a newline. */
export function formatDataJson(value: unknown): string {
  return `${formatValue(value, "", "", false)}\n`;
}

/** `prefix` is what precedes the value on its line (indent and key), `comma` whether a comma follows it. */
function formatValue(value: unknown, indent: string, prefix: string, comma: boolean): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isScalar)) {
      const inline = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
      if (prefix.length + inline.length + (comma ? 1 : 0) <= WIDTH) return inline;
    }
    const inner = indent + INDENT;
    const items = value.map((item, i) => inner + formatValue(item, inner, inner, i < value.length - 1));
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return "{}";
    const inner = indent + INDENT;
    const lines = entries.map(([key, item], i) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return head + formatValue(item, inner, head, i < entries.length - 1);
    });
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== "object";
}
