/**
 * Turns schema problems with an edited record into plain-language message codes, each tied to a form field,
 * and adds the cross-field checks the data build makes (ages, dates, opening hours). Pure; the app picks the words.
 */
import { parseWeeklyHours } from "./weekly-hours.ts";

/** Why a field is not accepted; the app has a sentence for each, in every language. */
export type IssueCode =
  | "required"
  | "choose"
  | "topics"
  | "phone"
  | "https"
  | "email"
  | "sourceUrl"
  | "sourceMissing"
  | "date"
  | "futureDate"
  | "age"
  | "ageOrder"
  | "hours"
  | "invalid";

/** A problem with one form field: `field` is the draft's path, e.g. `contacts.0.value` or `sourceUrls`. */
export interface DraftIssue {
  field: string;
  code: IssueCode;
  /** The part of the value the message is about (the opening-hours part not understood). */
  detail?: string;
}

/** The minimal shape of a zod issue. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  code: string;
}

/** The form field and message code for one schema issue. */
export function issueFromSchema(issue: SchemaIssue): DraftIssue {
  const path = issue.path.map(String);
  const [top, index, leaf] = path;
  if (top === "contacts" && index !== undefined) {
    const field = `contacts.${index}.value`;
    if (leaf === "number") return { field, code: "phone" };
    if (leaf === "url") return { field, code: "https" };
    if (leaf === "address") return { field, code: "email" };
    return { field, code: "invalid" };
  }
  if (top === "locations" && index !== undefined) return { field: `locations.${index}.address`, code: "required" };
  if (top === "source") {
    if (index === "urls")
      return path.length > 2
        ? { field: "sourceUrls", code: "sourceUrl" }
        : { field: "sourceUrls", code: "sourceMissing" };
    if (index === "dateText") return { field: "sourceDateText", code: "required" };
    return { field: "sourceKind", code: "invalid" };
  }
  if (top === "type" || top === "status" || top === "referral" || top === "cost") return { field: top, code: "choose" };
  if (top === "topics") return { field: "topics", code: "topics" };
  if (top === "verified") return { field: "verified", code: "date" };
  if (top === "ageMin" || top === "ageMax") return { field: top, code: "age" };
  if (top === "name") return { field: "name", code: "required" };
  return { field: top ?? "", code: "invalid" };
}

/** Checks the schema cannot make alone, as the data build does; `today` as YYYY-MM-DD. */
export function extraIssues(record: Record<string, unknown>, today: string): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const { ageMin, ageMax, verified, openingHours, topics } = record;
  if (typeof ageMin === "number" && typeof ageMax === "number" && ageMin > ageMax) {
    issues.push({ field: "ageMax", code: "ageOrder" });
  }
  if (typeof verified === "string" && verified > today) issues.push({ field: "verified", code: "futureDate" });
  if (typeof openingHours === "string") {
    const parsed = parseWeeklyHours(openingHours);
    if (!parsed.ok) issues.push({ field: "openingHours", code: "hours", detail: parsed.error.part });
  }
  if (Array.isArray(topics) && topics.length === 0) issues.push({ field: "topics", code: "topics" });
  return issues;
}

/** One issue per field (the first found), so a field shows one clear sentence. */
export function firstPerField(issues: readonly DraftIssue[]): DraftIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.field)) return false;
    seen.add(issue.field);
    return true;
  });
}
