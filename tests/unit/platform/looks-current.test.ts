import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../../src/domain/schema.ts";
import { looksCurrent } from "../../../src/platform/dataset-sync.ts";
import { makeDataset } from "../../fixtures/dataset.ts";

describe("the cheap shape check of a stored dataset (no zod on start-up)", () => {
  it("accepts a complete dataset of this format", () => {
    expect(looksCurrent(makeDataset("version-a"))).toBe(true);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["an older format", { ...makeDataset("v"), schemaVersion: SCHEMA_VERSION - 1 }],
    ["a version that is not text", { ...makeDataset("v"), version: 7 }],
    ["no builtAt", { ...makeDataset("v"), builtAt: undefined }],
    ["no counties", { ...makeDataset("v"), counties: undefined }],
    ["no municipalities", { ...makeDataset("v"), municipalities: undefined }],
    ["an empty municipality list", { ...makeDataset("v"), municipalities: [] }],
    ["no services", { ...makeDataset("v"), services: undefined }],
    ["no holidays", { ...makeDataset("v"), holidays: undefined }],
    ["no attribution", { ...makeDataset("v"), attribution: undefined }],
  ])("refuses %s", (_, value) => {
    expect(looksCurrent(value)).toBe(false);
  });
});
