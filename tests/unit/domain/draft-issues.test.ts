import { describe, expect, it } from "vitest";
import { extraIssues, firstPerField, issueFromSchema } from "../../../src/domain/draft-issues.ts";
import { draftToRecord, emptyDraft } from "../../../src/domain/record-draft.ts";
import { serviceSchema } from "../../../src/domain/schema.ts";

const codes = (record: Record<string, unknown>) => {
  const parsed = serviceSchema.safeParse(record);
  const issues = parsed.success ? [] : parsed.error.issues.map(issueFromSchema);
  return firstPerField([...issues, ...extraIssues(record, "2025-06-01")]).map((i) => `${i.field}:${i.code}`);
};

describe("plain-language issues from the schema", () => {
  it("names the form field and the reason for bad contacts, sources and dates", () => {
    const draft = {
      ...emptyDraft("k"),
      type: "rph" as const,
      name: "X",
      contacts: [
        { kind: "phone" as const, value: "1234", label: "" },
        { kind: "web" as const, value: "javascript:alert(1)", label: "" },
        { kind: "email" as const, value: "post@", label: "" },
      ],
      sourceUrls: "ftp://x.no",
      sourceDateText: "2025",
      verified: "2025-13",
      openingHours: "man-fre 8-15",
      ageMin: "18",
      ageMax: "16",
    };
    expect(codes(draftToRecord(draft, "rph-3403-x", "3403"))).toEqual([
      "contacts.0.value:phone",
      "contacts.1.value:https",
      "contacts.2.value:email",
      "sourceUrls:sourceUrl",
      "verified:date",
      "ageMax:ageOrder",
      "openingHours:hours",
    ]);
  });

  it("asks for the required choices and a source", () => {
    expect(codes(draftToRecord(emptyDraft("k"), "x", "3403"))).toEqual([
      "type:choose",
      "name:required",
      "sourceUrls:sourceMissing",
      "sourceDateText:required",
    ]);
  });

  it("refuses a date after today and an empty topic list", () => {
    const record = { ...draftToRecord(emptyDraft("k"), "x", "3403"), verified: "2030", topics: [] };
    expect(extraIssues(record, "2025-06-01").map((i) => i.code)).toEqual(["futureDate", "topics"]);
  });
});
