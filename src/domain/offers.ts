/** Which services apply to a municipality, grouped the way the municipality page shows them. */
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

/** The services that apply to a municipality, current ones and history apart. */
export function servicesFor(
  services: readonly Service[],
  municipality: string,
): { current: Service[]; history: Service[] } {
  const current: Service[] = [];
  const history: Service[] = [];
  for (const service of services) {
    if (!serves(service, municipality)) continue;
    (service.supersededBy ? history : current).push(service);
  }
  return { current, history };
}

/** National helplines and emergency numbers, emergency first. */
export function nationalLines(services: readonly Service[]): Service[] {
  return services
    .filter((s) => (s.type === "helpline" || s.type === "emergency") && !s.supersededBy && !s.statutory)
    .sort((a, b) => Number(b.type === "emergency") - Number(a.type === "emergency"));
}
