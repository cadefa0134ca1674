/** Which services apply to a municipality, grouped the way the municipality page shows them. */
import { isStale } from "./dates.ts";
import type { OfferType, Service } from "./schema.ts";

/** Groups of local offer types, in page order. */
export const OFFER_GROUPS = [
  { id: "rph", types: ["rph"] },
  { id: "low-threshold-other", types: ["low-threshold-other"] },
  { id: "youth", types: ["hfu", "school-health"] },
  { id: "act-fact", types: ["act", "fact", "fact-ung"] },
  { id: "student", types: ["student"] },
  // Voluntary and user-run offers (Fontenehus, LPP, Mental Helse): their own group, never a municipal offer.
  { id: "voluntary", types: ["voluntary"] },
] as const satisfies readonly { id: string; types: readonly OfferType[] }[];

/** Id of a group of offer types. */
export type OfferGroupId = (typeof OFFER_GROUPS)[number]["id"];

/** True when the service is meant for residents of the municipality (directly, inter-municipally or nationally). */
export function serves(service: Service, municipality: string): boolean {
  return service.area.national === true || service.area.municipalities.includes(municipality);
}

/**
 * The services that apply to a municipality, current ones and history apart. Given the clock, a report of
 * absence older than the stale limit (or undated) is history too, as coverage counts it.
 */
export function servicesFor(
  services: readonly Service[],
  municipality: string,
  now?: Date,
): { current: Service[]; history: Service[] } {
  const current: Service[] = [];
  const history: Service[] = [];
  for (const service of services) {
    if (!serves(service, municipality)) continue;
    const old = now !== undefined && service.status === "reported-absent" && isStale(service.verified, now);
    (service.supersededBy || old ? history : current).push(service);
  }
  return { current, history };
}

/** National helplines and emergency numbers, emergency first. */
export function nationalLines(services: readonly Service[]): Service[] {
  return services
    .filter((s) => (s.type === "helpline" || s.type === "emergency") && !s.supersededBy && !s.statutory)
    .sort((a, b) => Number(b.type === "emergency") - Number(a.type === "emergency"));
}
