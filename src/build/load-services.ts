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
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { services: [], errors: [{ file, message: `not valid JSON${jsonErrorPlace(text, message)} (${message})` }] };
  }
  return validateServiceRecords(parsed, file);
}

/** Validates parsed JSON that should be an array of service records; `file` names it in errors. */
export function validateServiceRecords(parsed: unknown, file: string): LoadedServices {
  if (!Array.isArray(parsed)) {
    return { services: [], errors: [{ file, message: "must be a JSON array of service records" }] };
  }
  const result: LoadedServices = { services: [], errors: [] };
  parsed.forEach((record, index) => {
    const outcome = serviceSchema.safeParse(record);
    if (outcome.success) {
      result.services.push({ service: outcome.data, file });
      return;
    }
    for (const issue of outcome.error.issues) {
      result.errors.push({
        file,
        record: recordLabel(record, index),
        field: issue.path.join(".") || undefined,
        message: issue.message,
      });
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
