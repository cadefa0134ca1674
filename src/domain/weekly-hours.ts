/**
 * A small parser for the common weekly subset of OSM opening_hours, for the editor's live check and preview:
 * `24/7`, `Mo-Fr 08:00-15:30`, `Mo,We 09:00-11:00,12:00-15:00`, `Sa off`, `PH off`, rules joined by `;`.
 * The full syntax is parsed only by the data build (`npm run data:add`/`data:check`, the opening_hours library):
 * the editor is stricter on purpose, so what it accepts the build accepts with the same meaning (a unit test checks).
 */
import type { CompiledHours } from "./schema.ts";

/** OSM day abbreviations, Monday first. */
export const OSM_DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;

/** Why a string is outside the subset: a day name, a time, or the shape of a rule. */
export type WeeklyHoursError = { code: "empty" | "day" | "time" | "shape"; part: string };

/** The compiled week, or the first part the subset does not understand. */
export type WeeklyHoursResult = { ok: true; hours: CompiledHours } | { ok: false; error: WeeklyHoursError };

const DAY_PART = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/;
const TIME_PART = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** Parses the weekly subset into the compiled form the app evaluates. */
export function parseWeeklyHours(input: string): WeeklyHoursResult {
  const text = input.trim();
  if (!text) return { ok: false, error: { code: "empty", part: "" } };
  const week: number[][] = [[], [], [], [], [], [], []];
  if (text === "24/7") return { ok: true, hours: { week: week.map(() => [0, 1440]), closedOnHolidays: false } };
  let closedOnHolidays = false;
  for (const rule of text.split(";").map((r) => r.trim())) {
    if (!rule) return { ok: false, error: { code: "shape", part: rule } };
    if (rule === "PH off") {
      closedOnHolidays = true;
      continue;
    }
    const space = rule.indexOf(" ");
    if (space < 0) return { ok: false, error: { code: "shape", part: rule } };
    const daysText = rule.slice(0, space);
    const timesText = rule.slice(space + 1).trim();
    const days: number[] = [];
    for (const part of daysText.split(",")) {
      const match = DAY_PART.exec(part);
      if (!match) return { ok: false, error: { code: "day", part } };
      const from = OSM_DAYS.indexOf(match[1] as (typeof OSM_DAYS)[number]);
      const to = match[2] ? OSM_DAYS.indexOf(match[2] as (typeof OSM_DAYS)[number]) : from;
      // Fr-Mo wraps over the weekend, as in OSM.
      for (let d = from; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === to) break;
      }
    }
    let ranges: number[] = [];
    if (timesText !== "off") {
      for (const part of timesText.split(",")) {
        const match = TIME_PART.exec(part.trim());
        if (!match) return { ok: false, error: { code: "time", part: part.trim() } };
        const start = Number(match[1]) * 60 + Number(match[2]);
        let end = Number(match[3]) * 60 + Number(match[4]);
        if (start >= 1440 || end > 1440) return { ok: false, error: { code: "time", part: part.trim() } };
        if (end <= start) end += 1440; // 22:00-02:00 runs past midnight.
        ranges.push(start, end);
      }
      ranges = mergeRanges(ranges);
    }
    // A later rule replaces what earlier rules said about the same days, as in OSM.
    for (const d of days) week[d] = [...ranges];
  }
  return { ok: true, hours: { week, closedOnHolidays } };
}

/** Sorts [start, end) pairs and joins those that touch or overlap. */
function mergeRanges(flat: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (out.length > 0 && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}
