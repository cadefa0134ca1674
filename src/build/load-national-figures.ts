/** Reads and validates data/national-figures.json, the sourced national counts, like every other curated file. */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { type NationalFigure, nationalFigureSchema } from "../domain/national-figure.ts";
import type { DataError } from "./data-error.ts";
import { jsonErrorPlace, recordLabel } from "./load-services.ts";
import { repoRoot } from "./paths.ts";

/** Figures that passed the schema, and every problem found. */
export interface LoadedNationalFigures {
  figures: NationalFigure[];
  errors: DataError[];
}

/** Loads the national figures file; a folder without one has no figures and no errors. */
export function loadNationalFiguresFile(path: string): LoadedNationalFigures {
  if (!existsSync(path)) return { figures: [], errors: [] };
  const file = relative(repoRoot, path);
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { figures: [], errors: [{ file, message: `not valid JSON${jsonErrorPlace(text, message)} (${message})` }] };
  }
  return validateNationalFigures(parsed, file);
}

/** Validates parsed JSON that should be an array of national figures with unique ids; `file` names it in errors. */
export function validateNationalFigures(parsed: unknown, file: string): LoadedNationalFigures {
  if (!Array.isArray(parsed)) return { figures: [], errors: [{ file, message: "must be a JSON array of figures" }] };
  const result: LoadedNationalFigures = { figures: [], errors: [] };
  const seen = new Set<string>();
  parsed.forEach((record, index) => {
    const outcome = nationalFigureSchema.safeParse(record);
    const label = recordLabel(record, index);
    if (!outcome.success) {
      for (const issue of outcome.error.issues) {
        result.errors.push({ file, record: label, field: issue.path.join(".") || undefined, message: issue.message });
      }
      return;
    }
    if (seen.has(outcome.data.id)) result.errors.push({ file, record: label, field: "id", message: "duplicate id" });
    seen.add(outcome.data.id);
    result.figures.push(outcome.data);
  });
  return result;
}
