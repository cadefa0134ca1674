/** What a contribution changes in the register: records added, changed (field by field) and removed, compared by id. */
import { showHidden } from "../domain/text-safety.ts";

/** A record as the diff sees it: any JSON object with a string id. */
export interface IdRecord {
  id: string;
}

/** One changed field: its dotted path (`contacts.0.number`) and the value before and after; undefined means absent. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The differences between two sets of records. */
export interface RecordDiff<T extends IdRecord = IdRecord> {
  added: T[];
  changed: { id: string; before: T; after: T; fields: FieldChange[] }[];
  removed: T[];
}

/** Compares two record lists by id; order within a list does not matter, field order within a record neither. */
export function diffRecords<T extends IdRecord>(before: readonly T[], after: readonly T[]): RecordDiff<T> {
  const old = new Map(before.map((record) => [record.id, record]));
  const next = new Map(after.map((record) => [record.id, record]));
  const diff: RecordDiff<T> = { added: [], changed: [], removed: [] };
  for (const [id, record] of next) {
    const previous = old.get(id);
    if (!previous) {
      diff.added.push(record);
      continue;
    }
    const fields = diffValues(previous, record);
    if (fields.length > 0) diff.changed.push({ id, before: previous, after: record, fields });
  }
  for (const [id, record] of old) if (!next.has(id)) diff.removed.push(record);
  return diff;
}

/** Field-level differences between two JSON values, as leaf paths; arrays are compared position by position. */
export function diffValues(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], join(path, key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      changes.push(...diffValues(before[i], after[i], join(path, String(i))));
    }
    return changes;
  }
  return sameJson(before, after) ? [] : [{ path: path || "(record)", before, after }];
}

/** True when two values serialize to the same JSON (undefined stays distinct from null). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A value for one line of output: JSON, or "(absent)". */
export function formatValue(value: unknown): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}

/**
 * The diff as lines a maintainer reads: `+ id`, `~ id` with `    path: old → new`, `- id`; control, bidirectional
 * and zero-width characters in values are spelt out (⟨U+202E⟩) so a value cannot hide or rewrite a line.
 */
export function formatDiff(diff: RecordDiff, fileOf: (id: string) => string | undefined = () => undefined): string[] {
  const where = (id: string) => {
    const file = fileOf(id);
    return file ? ` (${file})` : "";
  };
  const lines: string[] = [];
  for (const record of diff.added) lines.push(`+ added   ${record.id}${where(record.id)}`);
  for (const change of diff.changed) {
    lines.push(`~ changed ${change.id}${where(change.id)}`);
    for (const field of change.fields) {
      lines.push(`    ${field.path}: ${formatValue(field.before)} → ${formatValue(field.after)}`);
    }
  }
  for (const record of diff.removed) lines.push(`- removed ${record.id}${where(record.id)}`);
  return lines.map(showHidden);
}
