import { describe, expect, it } from "vitest";
import { compileOpeningHours } from "../../../src/build/opening-hours.ts";
import { parseWeeklyHours } from "../../../src/domain/weekly-hours.ts";

// What the editor accepts must mean the same to the data build (the opening_hours library).
const SAME_AS_BUILD = [
  "24/7",
  "Mo-Fr 08:00-15:30",
  "Mo-Fr 08:00-15:30; PH off",
  "Mo,We,Fr 09:00-11:00,12:00-15:00",
  "Mo-Th 08:00-16:00; Fr 08:00-14:00; Sa 10:00-14:00; PH off",
  "Mo-Su 00:00-24:00",
  "Mo-Fr 08:00-16:00; We off",
  "Fr-Mo 18:00-22:00",
  "Mo-Fr 12:00-14:00,09:00-11:00",
];

describe("parseWeeklyHours", () => {
  for (const osm of SAME_AS_BUILD) {
    it(`compiles "${osm}" exactly as the build does`, () => {
      const mine = parseWeeklyHours(osm);
      const build = compileOpeningHours(osm);
      expect(build.ok).toBe(true);
      expect(mine).toEqual({ ok: true, hours: build.ok ? build.hours : undefined });
    });
  }

  it("names the part it does not understand", () => {
    expect(parseWeeklyHours("man-fre 08:00-15:00")).toEqual({ ok: false, error: { code: "day", part: "man-fre" } });
    expect(parseWeeklyHours("Mo-Fr 8-15")).toEqual({ ok: false, error: { code: "time", part: "8-15" } });
    expect(parseWeeklyHours("Mo-Fr 08:00-25:00")).toEqual({ ok: false, error: { code: "time", part: "08:00-25:00" } });
    expect(parseWeeklyHours("Mo-Fr")).toEqual({ ok: false, error: { code: "shape", part: "Mo-Fr" } });
    expect(parseWeeklyHours("  ")).toEqual({ ok: false, error: { code: "empty", part: "" } });
    expect(parseWeeklyHours("Mo-Fr 08:00-15:00;")).toMatchObject({ ok: false, error: { code: "shape" } });
  });

  it("runs past midnight when the end is before the start", () => {
    expect(parseWeeklyHours("Sa 22:00-02:00")).toMatchObject({
      ok: true,
      hours: { week: [[], [], [], [], [], [1320, 1560], []] },
    });
  });
});
