/** Opening hours in words, in the UI language, always in Norwegian time whatever the device's zone. */
import { type OpenState, openState } from "../../domain/opening-hours.ts";
import type { CompiledHours, Service } from "../../domain/schema.ts";
import type { MessageKey } from "../i18n/index.ts";

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

const ZONE = "Europe/Oslo";
const FULL_DAY = 1440;

/** Open state of a service, or undefined when its hours are unknown. */
export function serviceOpenState(service: Service, holidays: ReadonlySet<string>, now: Date): OpenState | undefined {
  return service.hours ? openState(service.hours, holidays, now) : undefined;
}

// Creating an Intl formatter costs a slow phone milliseconds each, and a page shows many cards: one per use and locale.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/** "15:30", or "mandag 08:00" when the moment is on another day than `now` (Oslo calendar). */
function momentText(moment: Date, now: Date, locale: string): string {
  const day = (d: Date) => formatter("en-CA", { timeZone: ZONE }).format(d);
  const time = formatter(locale, { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  if (day(moment) === day(now)) return time.format(moment);
  const weekday = formatter(locale, { timeZone: ZONE, weekday: "long" }).format(moment);
  return `${weekday} ${time.format(moment)}`;
}

/** "Åpen nå – stenger 15:30" / "Stengt – åpner mandag 08:00" / "Åpen hele døgnet". */
export function openStateText(state: OpenState, now: Date, locale: string, t: T): string {
  if (state.open) return state.until ? t("openUntil", { time: momentText(state.until, now, locale) }) : t("openAlways");
  return state.next ? t("closedOpens", { time: momentText(state.next, now, locale) }) : t("closedNow");
}

function clock(minutes: number): string {
  const m = minutes % FULL_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Weekly hours as short lines, e.g. ["man.–fre. 09:00–15:00"]; consecutive days with equal hours are joined. */
export function weekLines(hours: CompiledHours, locale: string, t: T): string[] {
  if (hours.week.every((ranges) => ranges.length === 2 && ranges[0] === 0 && ranges[1]! >= FULL_DAY)) {
    return [t("hoursAlways")];
  }
  // 1 January 2024 was a Monday: a fixed week to name the days.
  const names = formatter(locale, { weekday: "short", timeZone: "UTC" });
  const dayName = (i: number) => names.format(new Date(Date.UTC(2024, 0, 1 + i)));
  const rangeText = (ranges: number[]) => {
    const parts: string[] = [];
    for (let i = 0; i + 1 < ranges.length; i += 2) parts.push(`${clock(ranges[i]!)}–${clock(ranges[i + 1]!)}`);
    return parts.join(", ");
  };
  const lines: string[] = [];
  for (let i = 0; i < 7; ) {
    const ranges = hours.week[i] ?? [];
    let j = i;
    while (j + 1 < 7 && JSON.stringify(hours.week[j + 1]) === JSON.stringify(ranges)) j++;
    if (ranges.length > 0) {
      const days = j === i ? dayName(i) : `${dayName(i)}–${dayName(j)}`;
      lines.push(`${days} ${rangeText(ranges)}`);
    }
    i = j + 1;
  }
  if (hours.closedOnHolidays) lines.push(t("closedHolidays"));
  return lines;
}

/** Hours of a service as one line: compiled hours in words, else the source's own wording. */
export function hoursLine(service: Service, locale: string, t: T): string | undefined {
  if (service.hours) return weekLines(service.hours, locale, t).join("; ");
  return service.openingHoursText;
}
