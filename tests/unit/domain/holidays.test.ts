import OpeningHours from "opening_hours";
import { describe, expect, it } from "vitest";
import { easterSunday, norwegianPublicHolidays } from "../../../src/domain/holidays.ts";

describe("easterSunday", () => {
  it.each([
    [2024, [3, 31]],
    [2025, [4, 20]],
    [2026, [4, 5]],
    [2027, [3, 28]],
    [2028, [4, 16]],
    [2038, [4, 25]],
    [2285, [3, 22]],
  ])("Easter %i", (year, expected) => {
    expect(easterSunday(year)).toEqual(expected);
  });
});

describe("norwegianPublicHolidays", () => {
  it("lists the twelve holidays of 2026", () => {
    expect(norwegianPublicHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-05",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-17",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("counts a coinciding day once (Kristi himmelfart on 1 May 2008)", () => {
    const days = norwegianPublicHolidays(2008);
    expect(days).toContain("2008-05-01");
    expect(days).toHaveLength(11);
  });

  it("agrees with the opening_hours library's PH for Norway, 2025-2030", () => {
    const previous = process.env.TZ;
    // The library works in the process's local time; pin it so the calendar days line up.
    process.env.TZ = "Europe/Oslo";
    try {
      const oh = new OpeningHours("PH", { lat: 59.91, lon: 10.75, address: { country_code: "no", state: "Oslo" } });
      for (let year = 2025; year <= 2030; year++) {
        const fromLibrary: string[] = [];
        // An interval may span consecutive holidays (Skjærtorsdag + Langfredag), so list each day it covers.
        for (const [from, to] of oh.getOpenIntervals(new Date(year, 0, 1), new Date(year + 1, 0, 1))) {
          for (const day = new Date(from); day < to; day.setDate(day.getDate() + 1)) {
            fromLibrary.push(
              `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`,
            );
          }
        }
        expect(norwegianPublicHolidays(year)).toEqual(fromLibrary);
      }
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});
