import { describe, expect, it } from "vitest";
import { contributionFileName, makeContribution } from "../../../src/domain/contribution.ts";

describe("contribution envelope", () => {
  it("marks the file as a Hjelpekart contribution of format version 1", () => {
    const file = makeContribution({ municipality: "3403", createdAt: "2026-06-01T10:00:00Z", services: [] });
    expect(file).toEqual({
      format: "hjelpekart-contribution",
      formatVersion: 1,
      municipality: "3403",
      createdAt: "2026-06-01T10:00:00Z",
      services: [],
    });
  });

  it("names the file after the municipality and the export day", () => {
    expect(contributionFileName("3403", "2026-06-01T23:59:00.000Z")).toBe("hjelpekart-3403-2026-06-01.json");
  });
});
