/**
 * Compiles OSM opening_hours strings into the small weekly form the app evaluates (src/domain/opening-hours.ts).
 * Node only: the opening_hours library is the reference parser and far too big to ship to phones.
 * Compiling samples the library over whole years and accepts only what a weekly schedule can say exactly.
 */
import OpeningHours from "opening_hours";
import { norwegianPublicHolidays } from "../domain/holidays.ts";
import type { CompiledHours } from "../domain/schema.ts";

/** Where the library should take its public holidays from (Norway; Oslo as the state, which Norway does not vary by). */
const NOMINATIM = { lat: 59.91, lon: 10.75, address: { country_code: "no", state: "Oslo" } };
/** Years checked: every day of these must follow the weekly schedule (holidays: closed or like the weekday). */
const FIRST_YEAR = 2025;
const LAST_YEAR = 2028;
const DAY = 86_400_000;
const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/** Result of compiling one opening_hours string. */
export type CompileResult = { ok: true; hours: CompiledHours } | { ok: false; error: string };

/** Parses with the library; throws the library's message (a string) when the syntax is wrong. */
function parse(osm: string): OpeningHours {
  return new OpeningHours(osm, NOMINATIM);
}

/** The library's error message for an invalid opening_hours string, or null when it parses. */
export function isValidOpeningHours(osm: string): string | null {
  try {
    parse(osm);
    return null;
  } catch (error) {
    return String(error instanceof Error ? error.message : error).trim();
  }
}

/** Flat [start, end) minute pairs as "HH:MM-HH:MM,…" for error messages. */
function formatRanges(ranges: readonly number[]): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const parts: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) parts.push(`${hhmm(ranges[i]!)}-${hhmm(ranges[i + 1]!)}`);
  return parts.length > 0 ? parts.join(",") : "closed";
}

/** Adds [s, e) to a day's sorted flat list, merging with a range it touches. */
function addRange(list: number[], s: number, e: number): void {
  if (list.length > 0 && list[list.length - 1] === s) list[list.length - 1] = e;
  else list.push(s, e);
}

/** Results by opening_hours string: compiling samples four years, and many records share the same hours. */
const compiled = new Map<string, CompileResult>();

/** Compiles an OSM opening_hours string, or explains why it is not a plain weekly schedule. */
export function compileOpeningHours(osm: string): CompileResult {
  let result = compiled.get(osm);
  if (!result) {
    result = compileUncached(osm);
    compiled.set(osm, result);
  }
  return result;
}

function compileUncached(osm: string): CompileResult {
  // The library's sun times are fixed guesses (06:00/18:00), and the app cannot compute them either.
  if (/\b(sunrise|sunset|dawn|dusk)\b/i.test(osm)) {
    return { ok: false, error: "uses sunrise/sunset/dawn/dusk, which the weekly schedule cannot carry" };
  }
  let oh: OpeningHours;
  try {
    oh = parse(osm);
  } catch (error) {
    return { ok: false, error: String(error instanceof Error ? error.message : error).trim() };
  }
  // Local midnights in the process's time zone, which is the one the library works in; days that are not 24 h
  // long (daylight-saving switches) are skipped, since on them wall-clock minutes are not plain offsets.
  const dayCount = Math.round((Date.UTC(LAST_YEAR + 1, 0, 1) - Date.UTC(FIRST_YEAR, 0, 1)) / DAY);
  const starts = Array.from({ length: dayCount + 1 }, (_, i) => new Date(FIRST_YEAR, 0, 1 + i).getTime());
  const iso = (i: number) => new Date(Date.UTC(FIRST_YEAR, 0, 1 + i)).toISOString().slice(0, 10);
  const weekday = (i: number) => (new Date(Date.UTC(FIRST_YEAR, 0, 1 + i)).getUTCDay() + 6) % 7;
  const holidays = new Set<string>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (const d of norwegianPublicHolidays(y)) holidays.add(d);
  const isHoliday = (i: number) => holidays.has(iso(i));
  // The day after a clock change is skipped too: the library shifts ranges wrapping past that midnight by the
  // change (Su 22:00-02:00 is closed 00:00-01:00 on the Monday after the spring switch).
  const regular = (i: number) =>
    starts[i + 1]! - starts[i]! === DAY && (i === 0 || starts[i]! - starts[i - 1]! === DAY);

  // Walk every state change over the period and cut the open time into calendar days.
  const open: number[][] = Array.from({ length: dayCount }, () => []);
  const end = new Date(starts[dayCount]!);
  const it = oh.getIterator(new Date(starts[0]!));
  let day = 0;
  for (;;) {
    const from = it.getDate().getTime();
    while (day + 1 < dayCount && starts[day + 1]! <= from) day++;
    const state = it.getStateString(undefined, true);
    const comment = it.getComment();
    if (state === "unknown") {
      return {
        ok: false,
        error: `on ${iso(day)} the state is unknown${comment ? ` ("${comment}")` : ""}: not a plain weekly schedule`,
      };
    }
    // The library names the holiday as a comment on holidays; a comment on any other day is information
    // (such as "by appointment") that the weekly form cannot carry.
    if (comment !== undefined && !isHoliday(day)) {
      return {
        ok: false,
        error: `has the comment "${comment}" (on ${iso(day)}), which the weekly schedule cannot carry`,
      };
    }
    const more = it.advance(end);
    const to = more ? it.getDate().getTime() : end.getTime();
    if (state === "open") {
      for (let d = day; d < dayCount && starts[d]! < to; d++) {
        const s = Math.max(from, starts[d]!);
        const e = Math.min(to, starts[d + 1]!);
        if (s < e) addRange(open[d]!, Math.round((s - starts[d]!) / 60_000), Math.round((e - starts[d]!) / 60_000));
      }
    }
    if (!more) break;
  }

  // Reference week: the first Monday-to-Sunday with no holiday and no clock change.
  let ref = -1;
  for (let i = 0; i + 7 <= dayCount && ref < 0; i++) {
    if (weekday(i) !== 0) continue;
    let plain = true;
    for (let d = i; d < i + 7; d++) if (isHoliday(d) || !regular(d)) plain = false;
    if (plain) ref = i;
  }
  const days = Array.from({ length: 7 }, (_, w) => open[ref + w]!);

  let likeWeekday = true;
  let closed = true;
  let holidayExample = "";
  for (let i = 0; i < dayCount; i++) {
    if (!regular(i)) continue;
    const actual = open[i]!.join();
    const weekly = days[weekday(i)]!;
    if (isHoliday(i)) {
      if (actual !== weekly.join()) likeWeekday = false;
      if (actual !== "") closed = false;
      if (!likeWeekday && !closed && !holidayExample) {
        holidayExample = `on ${iso(i)} ${formatRanges(open[i]!)} while ${WEEKDAYS[weekday(i)]} is ${formatRanges(weekly)}`;
      }
    } else if (actual !== weekly.join()) {
      return {
        ok: false,
        error:
          `not a plain weekly schedule (dates, months, weeks or years matter): on ${iso(i)} it is ` +
          `${formatRanges(open[i]!)} but on ${iso(ref + weekday(i))} ${formatRanges(weekly)}`,
      };
    }
  }
  if (!likeWeekday && !closed) {
    return { ok: false, error: `public holidays are neither closed nor like the weekday: ${holidayExample}` };
  }
  return { ok: true, hours: { week: toWeek(days), closedOnHolidays: !likeWeekday } };
}

/**
 * Calendar-day ranges to the stored form: a range running past midnight is kept whole on the day it starts
 * (Fr 22:00-03:00 stays one range), unless the next day is open all day.
 */
function toWeek(days: readonly number[][]): number[][] {
  const week = days.map((d) => [...d]);
  for (let w = 0; w < 7; w++) {
    const today = week[w]!;
    const next = week[(w + 1) % 7]!;
    const n = today.length;
    // Fold the next morning's range into tonight's when tonight runs to midnight from a start after midnight.
    if (n > 0 && today[n - 1] === 1440 && today[n - 2]! > 0 && next[0] === 0 && next[1]! < 1440) {
      today[n - 1] = 1440 + next[1]!;
      next.splice(0, 2);
    }
  }
  return week;
}
