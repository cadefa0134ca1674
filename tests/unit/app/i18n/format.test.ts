import { describe, expect, it } from "vitest";
import { formatCount, formatLongDate } from "../../../../src/app/i18n/format.ts";
import { localeOf } from "../../../../src/app/i18n/index.ts";

const LANGUAGES = ["nb", "nn", "en"] as const;

describe("formatLongDate", () => {
  it("writes the date the way each language does", () => {
    expect(formatLongDate("nb", "2026-01-05T10:00:00.000Z")).toBe("5. januar 2026");
    expect(formatLongDate("nn", "2026-11-23T10:00:00.000Z")).toBe("23. november 2026");
    expect(formatLongDate("en", "2026-05-17T10:00:00.000Z")).toBe("17 May 2026");
  });

  it("gives what the browser's own long date gives, for every month and language", () => {
    for (const language of LANGUAGES) {
      const intl = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long" });
      for (let month = 0; month < 12; month++) {
        const iso = new Date(2026, month, month + 3, 12).toISOString();
        expect(formatLongDate(language, iso), `${language} ${iso}`).toBe(intl.format(new Date(iso)));
      }
    }
  });
});

describe("formatCount", () => {
  it("groups thousands as each language does", () => {
    expect(formatCount("nb", 709037)).toBe("709\u00a0037");
    expect(formatCount("en", 1234567)).toBe("1,234,567");
    expect(formatCount("nn", 999)).toBe("999");
    expect(formatCount("nb", 0)).toBe("0");
  });

  it("gives what toLocaleString gives for whole numbers", () => {
    for (const language of LANGUAGES) {
      for (const value of [1, 12, 123, 1000, 4321, 65432, 100000, 709037, 5550000]) {
        expect(formatCount(language, value), `${language} ${value}`).toBe(value.toLocaleString(localeOf(language)));
      }
    }
  });
});
