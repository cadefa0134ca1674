import { describe, expect, it } from "vitest";
import { formatPartialDate, isStale, monthsBefore, partialDateEnd } from "../../../src/domain/dates.ts";

describe("partial dates", () => {
  it("reads a year or a month as its last day", () => {
    expect(partialDateEnd("2023").toISOString().slice(0, 10)).toBe("2023-12-31");
    expect(partialDateEnd("2024-02").toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(partialDateEnd("2024-05-17").toISOString().slice(0, 10)).toBe("2024-05-17");
  });

  it("subtracts months without overflowing at month ends", () => {
    expect(monthsBefore(new Date("2026-03-31T12:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(monthsBefore(new Date("2026-11-23T00:00:00Z"), 24).toISOString().slice(0, 10)).toBe("2024-11-23");
  });

  it("calls evidence stale past the limit, and undated evidence always", () => {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(isStale("2024-11-23", now)).toBe(false);
    expect(isStale("2024-11-22", now)).toBe(true);
    expect(isStale("2024", now)).toBe(false);
    expect(isStale("2023", now)).toBe(true);
    expect(isStale("2025-06", now, 12)).toBe(true);
    expect(isStale(undefined, now)).toBe(true);
  });

  it("formats at the precision the source gives", () => {
    expect(formatPartialDate("2019", "nb-NO")).toBe("2019");
    expect(formatPartialDate("2020-06-26", "en-GB")).toBe("26 June 2020");
  });
});
