/** Live validation of edited records with the data build's own zod schema, loaded only when the editor needs it. */
import { type DraftIssue, extraIssues, firstPerField, issueFromSchema } from "../../domain/draft-issues.ts";

type SchemaModule = typeof import("../../domain/schema.ts");
let loading: Promise<SchemaModule> | undefined;

/** Loads schema.ts (and zod with it) once; the start-up bundle never contains it. */
export function loadSchema(): Promise<SchemaModule> {
  loading ??= import("../../domain/schema.ts").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Every problem with one record, at most one per form field; `today` as YYYY-MM-DD. */
export function recordIssues(schema: SchemaModule, record: Record<string, unknown>, today: string): DraftIssue[] {
  const parsed = schema.serviceSchema.safeParse(record);
  const fromSchema = parsed.success ? [] : parsed.error.issues.map(issueFromSchema);
  return firstPerField([...fromSchema, ...extraIssues(record, today)]);
}
