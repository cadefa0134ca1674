/**
 * Norwegian public holidays (helligdager and the two statutory flag days that are days off), as ISO dates.
 * Pure calendar arithmetic so the data build can list holidays for the years a dataset is meant to be used.
 */

/** Easter Sunday of a Gregorian year as [month (1-12), day], by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** ISO date (YYYY-MM-DD) of a UTC calendar date; UTC so the device's time zone never shifts the day. */
function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The Norwegian public holidays of a year (twelve, fewer when two coincide) as sorted ISO dates (YYYY-MM-DD). */
export function norwegianPublicHolidays(year: number): string[] {
  const [em, ed] = easterSunday(year);
  // Days relative to Easter Sunday: Skjærtorsdag, Langfredag, 1./2. påskedag, Kristi himmelfart, 1./2. pinsedag.
  const movable = [-3, -2, 0, 1, 39, 49, 50].map((offset) => isoDate(year, em, ed + offset));
  const fixed = [
    [1, 1],
    [5, 1],
    [5, 17],
    [12, 25],
    [12, 26],
  ].map(([m, d]) => isoDate(year, m!, d!));
  // A movable feast can coincide with a fixed one (Kristi himmelfart on 1 or 17 May), so deduplicate.
  return [...new Set([...fixed, ...movable])].sort();
}
