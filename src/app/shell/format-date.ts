/** Long dates ("23. november 2026") with one formatter per locale: creating an Intl formatter costs a slow phone tens of milliseconds. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date-time as a long date in `locale`. */
export function formatLongDate(locale: string, iso: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(iso));
}
