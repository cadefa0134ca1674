/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as sources give them. */

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD (the schema's `partialDate`). */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The last day a partial date can mean, so "2023" counts as the end of 2023 when judging age. */
export function partialDateEnd(date: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  if (day) return new Date(Date.UTC(year, (month ?? 1) - 1, day));
  if (month) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

/** True when the evidence is older than `months` months at `now`; undated evidence is always stale. */
export function isStale(verified: string | undefined, now: Date, months = 24): boolean {
  if (!verified) return true;
  return partialDateEnd(verified) < monthsBefore(now, months);
}

/** The same day `months` months earlier, clamped to the month's last day (31 March minus one month is 28/29 February). */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

// One formatter per locale and precision: every card shows a date, and creating a formatter is slow on a phone.
const partialDateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a partial date for a locale at the precision it has. */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  const value = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const precision = day ? "day" : month ? "month" : "year";
  const key = `${locale} ${precision}`;
  let formatter = partialDateFormatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === "day"
        ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
        : precision === "month"
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : { year: "numeric", timeZone: "UTC" };
    formatter = new Intl.DateTimeFormat(locale, options);
    partialDateFormatters.set(key, formatter);
  }
  return formatter.format(value);
}
