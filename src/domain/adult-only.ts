/** Whether an offer is meant only for adults, so a card for children or youth leaves it out. */
import type { Service } from "./schema.ts";

// Target groups as sources word them that mean adults only: "Voksne …", "Over 18 år", "Unge voksne 18–36", "Foreldre".
const ADULT_AUDIENCE = /^(voksne|over 18|fra 18|unge voksne 18|foreldre)/i;

/** True when a service is only for adults: its lowest age is 18 or more, or its stated target group is adults. */
export function isAdultOnly(service: Service): boolean {
  return (service.ageMin ?? 0) >= 18 || ADULT_AUDIENCE.test(service.audience?.trim() ?? "");
}

// Opening-hours text that reports on sources ("ifølge Wikipedia", "(per 2020)", quotes, dates) rather than stating hours.
const SOURCE_PROSE =
  /kilde|source|ifølge|wikipedia|\bper \d{4}|\d{4}-\d{2}|tidligere|oppgi|oppgitt|["«»]|\bTV2\b|\bVG\b|\(/i;

/** The opening-hours text fit for a printed card: undefined when the text reads as notes about sources. */
export function plainHoursText(service: Service): string | undefined {
  const text = service.openingHoursText?.trim();
  return text && !SOURCE_PROSE.test(text) ? text : undefined;
}
