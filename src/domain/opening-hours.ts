/**
 * Is a service open now? Evaluates opening hours compiled by the data build (src/build/opening-hours.ts),
 * so phones never ship the OSM opening_hours parser. All wall-clock reasoning is in Europe/Oslo time,
 * whatever the device's time zone.
 */
import type { CompiledHours } from "./schema.ts";

/** Open or closed at an instant, with the next change within the search window. */
export interface OpenState {
  open: boolean;
  /** When open: when it closes (undefined if still open 14 days ahead). */
  until?: Date;
  /** When closed: when it next opens (undefined if not within 14 days). */
  next?: Date;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Days ahead searched for the next change. */
const HORIZON_DAYS = 14;

let formatter: Intl.DateTimeFormat | undefined;
// Oslo only changes offset on whole UTC hours, so the offset is cached per UTC hour.
const offsetCache = new Map<number, number>();

/** Oslo's UTC offset (ms) at an instant. */
function osloOffset(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let offset = offsetCache.get(hour);
  if (offset === undefined) {
    formatter ??= new Intl.DateTimeFormat("en-US", {
      timeZone: "Europe/Oslo",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    const at = hour * HOUR;
    const p: Record<string, number> = {};
    for (const part of formatter.formatToParts(at)) p[part.type] = Number(part.value);
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - at;
    if (offsetCache.size > 4096) offsetCache.clear();
    offsetCache.set(hour, offset);
  }
  return offset;
}

/**
 * Instant of an Oslo wall-clock time given as UTC-based ms. Same rule as JS Date (and so opening_hours.js):
 * a repeated time takes the earlier instant, a skipped time moves forward by the gap.
 */
function wallToInstant(wall: number): number {
  const before = osloOffset(wall - DAY);
  const after = osloOffset(wall + DAY);
  if (before === after || osloOffset(wall - before) === before) return wall - before;
  return osloOffset(wall - after) === after ? wall - after : wall - before;
}

/** Whether the compiled hours are open at `now`, until when, or when they next open; holidays are ISO dates. */
export function openState(
  hours: CompiledHours,
  holidays: ReadonlySet<string> | readonly string[],
  now: Date,
): OpenState {
  const isHoliday = (wallDay: number): boolean => {
    if (!hours.closedOnHolidays) return false;
    const iso = new Date(wallDay).toISOString().slice(0, 10);
    return "has" in holidays ? holidays.has(iso) : holidays.includes(iso);
  };
  const t = now.getTime();
  const today = Math.floor((t + osloOffset(t)) / DAY) * DAY;
  const horizon = wallToInstant(today + (HORIZON_DAYS + 1) * DAY);
  const spans: [number, number][] = [];
  // Yesterday is included for ranges running past midnight into today.
  for (let k = -1; k <= HORIZON_DAYS; k++) {
    const day = today + k * DAY;
    const ranges = hours.week[(new Date(day).getUTCDay() + 6) % 7] ?? [];
    // Like opening_hours.js, a closed holiday closes its own calendar day only: the part of the previous
    // evening's range after midnight is closed, while its own evening range still runs into the next day.
    const start = isHoliday(day) ? 1440 : 0;
    const end = isHoliday(day + DAY) ? 1440 : Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < ranges.length; i += 2) {
      const s = Math.max(ranges[i]!, start);
      const e = Math.min(ranges[i + 1]!, end);
      if (s >= e) continue;
      // A range inside the hour skipped by the spring clock change is empty.
      const from = wallToInstant(day + s * MINUTE);
      const to = wallToInstant(day + e * MINUTE);
      if (from < to) spans.push([from, to]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]![0];
    let e = spans[i]![1];
    // Merge touching and overlapping ranges: a change only happens where the state really flips.
    while (i + 1 < spans.length && spans[i + 1]![0] <= e) e = Math.max(e, spans[++i]![1]);
    if (e <= t) continue;
    if (s <= t) return e < horizon ? { open: true, until: new Date(e) } : { open: true };
    return s < horizon ? { open: false, next: new Date(s) } : { open: false };
  }
  return { open: false };
}
