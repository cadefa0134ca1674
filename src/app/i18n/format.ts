/**
 * Long dates and whole numbers as each language writes them, without Intl: creating an Intl formatter costs a
 * slow phone tens of milliseconds, in the middle of the first render of the page a person landed on.
 */
import type { Language } from "./index.ts";

const NORWEGIAN_MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];
// Bokmål and nynorsk name the months alike.
const MONTHS: Record<Language, readonly string[]> = {
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
/** An ISO date-time as a long date in the device's time zone: "5. januar 2026" (nb, nn), "5 January 2026" (en). */
export function formatLongDate(language: Language, iso: string): string {
  const date = new Date(iso);
  const month = MONTHS[language][date.getMonth()];
  return language === "en"
    ? `${date.getDate()} ${month} ${date.getFullYear()}`
    : `${date.getDate()}. ${month} ${date.getFullYear()}`;
}

/** A count (a whole number, not negative) with thousands grouped: "709 037" with a no-break space (nb, nn), "709,037" (en). */
export function formatCount(language: Language, value: number): string {
  const separator = language === "en" ? "," : "\u00a0";
  const digits = String(Math.trunc(value));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}
