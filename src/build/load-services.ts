/** Reads and validates the curated service records in data/services/. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Service, serviceSchema } from "../domain/schema.ts";
import type { DataError } from "./data-error.ts";
import { repoRoot } from "./paths.ts";

/** Records that passed the schema, with the file each came from, and every error found. */
export interface LoadedServices {
  services: { service: Service; file: string }[];
  errors: DataError[];
}

/** Loads every `*.json` file in a directory of curated service records. */
export function loadServiceDir(dir: string): LoadedServices {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const result: LoadedServices = { services: [], errors: [] };
  for (const name of files) {
    const loaded = loadServiceFile(join(dir, name));
    result.services.push(...loaded.services);
    result.errors.push(...loaded.errors);
  }
  return result;
}

/** Loads one file of curated service records: a JSON array of services. */
export function loadServiceFile(path: string): LoadedServices {
  const file = relative(repoRoot, path);
  const text = readUtf8(path);
  if (typeof text !== "string") return { services: [], errors: [{ file, message: text.error }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { services: [], errors: [{ file, message: `not valid JSON${jsonErrorPlace(text, message)} (${message})` }] };
  }
  return validateServiceRecords(parsed, file);
}

/**
 * A file's text when it is valid UTF-8; otherwise why not. Never replaces bad bytes with U+FFFD: a Latin-1
 * file would otherwise be stored with its letters silently lost.
 */
export function readUtf8(path: string): string | { error: string } {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `is not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by halving; the bad byte sits right after it (give or take a sequence).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/** Message for a key the record format does not have (the schema refuses it; a misspelling must not vanish). */
export const UNKNOWN_FIELD = "is not a field of the record format (see data/README.md)";

/** Validates parsed JSON that should be an array of service records; `file` names it in errors. */
export function validateServiceRecords(parsed: unknown, file: string): LoadedServices {
  if (!Array.isArray(parsed)) {
    return { services: [], errors: [{ file, message: "must be a JSON array of service records" }] };
  }
  const result: LoadedServices = { services: [], errors: [] };
  parsed.forEach((record, index) => {
    const where = recordLabel(record, index);
    // `hours` is a field of the shipped dataset, compiled by the build; a hand-written one would bypass that.
    const handWritten = record !== null && typeof record === "object" && "hours" in record;
    if (handWritten) {
      result.errors.push({
        file,
        record: where,
        field: "hours",
        message: "never write it: the build compiles it from openingHours",
      });
    }
    const outcome = serviceSchema.safeParse(record);
    if (outcome.success) {
      if (!handWritten) result.services.push({ service: outcome.data, file });
      return;
    }
    for (const issue of outcome.error.issues) {
      const path = issue.path.map(String);
      // One message per unknown key, naming it, rather than one per object.
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
      for (const key of keys) {
        result.errors.push({
          file,
          record: where,
          field: [...path, ...(key === undefined ? [] : [key])].join(".") || undefined,
          message: key === undefined ? issue.message : UNKNOWN_FIELD,
        });
      }
    }
  });
  return result;
}

/** Names a record by its id when it has one, else by its position. */
export function recordLabel(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === "string" && id ? `"${id}" (#${index + 1})` : `#${index + 1}`;
}

/** " at line L, column C" for a JSON.parse message that gives a character position, so the editor can jump there. */
export function jsonErrorPlace(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return "";
  const before = text.slice(0, Number(match[1]));
  const line = before.split("\n").length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
}
