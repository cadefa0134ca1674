import { describe, expect, it } from "vitest";
import { diffRecords, diffValues, formatDiff } from "../../../src/build/record-diff.ts";

const a = { id: "a", name: "A", topics: ["mental-health"], area: { municipalities: ["3403"] } };
const b = { id: "b", name: "B" };

describe("diffRecords", () => {
  it("finds added, changed and removed records by id, whatever the order", () => {
    const c = { id: "c", name: "C" };
    const diff = diffRecords([a, b], [c, { ...a, name: "A2" }]);
    expect(diff.added.map((r) => r.id)).toEqual(["c"]);
    expect(diff.removed.map((r) => r.id)).toEqual(["b"]);
    expect(diff.changed).toEqual([
      { id: "a", before: a, after: { ...a, name: "A2" }, fields: [{ path: "name", before: "A", after: "A2" }] },
    ]);
  });

  it("reports nothing for identical records, even with keys in another order", () => {
    const reordered = { area: { municipalities: ["3403"] }, topics: ["mental-health"], name: "A", id: "a" };
    expect(diffRecords([a, b], [b, reordered])).toEqual({ added: [], changed: [], removed: [] });
  });

  it("names nested fields by their dotted path, and absent fields as undefined", () => {
    const after = { ...a, area: { municipalities: ["3403"], districts: ["Alna"] }, provider: "Hamar kommune" };
    expect(diffRecords([a], [after]).changed[0]?.fields).toEqual([
      { path: "area.districts", before: undefined, after: ["Alna"] },
      { path: "provider", before: undefined, after: "Hamar kommune" },
    ]);
  });

  it("compares arrays position by position: changed, appended and dropped items", () => {
    expect(diffValues({ topics: ["mental-health"] }, { topics: ["mental-health", "substance-use"] })).toEqual([
      { path: "topics.1", before: undefined, after: "substance-use" },
    ]);
    expect(
      diffValues(
        { contacts: [{ kind: "phone", number: "62509755" }] },
        { contacts: [{ kind: "phone", number: "62509756" }] },
      ),
    ).toEqual([{ path: "contacts.0.number", before: "62509755", after: "62509756" }]);
    expect(diffValues({ urls: ["x", "y"] }, { urls: ["x"] })).toEqual([
      { path: "urls.1", before: "y", after: undefined },
    ]);
  });

  it("treats a change of kind (value to object, array to empty) as a change of that field", () => {
    expect(diffValues({ hours: "x" }, { hours: { a: 1 } })).toEqual([{ path: "hours", before: "x", after: { a: 1 } }]);
    expect(diffValues({ contacts: [] }, { contacts: [{ kind: "sms", number: "41716090" }] })).toEqual([
      { path: "contacts.0", before: undefined, after: { kind: "sms", number: "41716090" } },
    ]);
  });
});

describe("formatDiff", () => {
  it("prints one line per record and one indented line per changed field", () => {
    const diff = diffRecords(
      [a, b],
      [
        { ...a, ageMin: 18 },
        { id: "c", name: "C" },
      ],
    );
    expect(formatDiff(diff, (id) => (id === "c" ? "data/services/contributed-3403.json" : undefined))).toEqual([
      "+ added   c (data/services/contributed-3403.json)",
      "~ changed a",
      "    ageMin: (absent) → 18",
      "- removed b",
    ]);
  });
});

describe("formatDiff shows what is really there", () => {
  it("spells out escape codes and bidi characters in values, so a value cannot hide or rewrite a diff line", () => {
    const before = [{ id: "rph-3403", name: "Rask psykisk helsehjelp" }];
    const after = [{ id: "rph-3403", name: "Ring \u202e311\u202c\u001b[1A\u001b[2K" }];
    const lines = formatDiff(diffRecords(before, after));
    expect(lines).toEqual([
      "~ changed rph-3403",
      '    name: "Rask psykisk helsehjelp" → "Ring ⟨U+202E⟩311⟨U+202C⟩\\u001b[1A\\u001b[2K"',
    ]);
  });
});
