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

/** Current services and history, in dataset order. */
interface ServiceSplit {
  current: Service[];
  history: Service[];
}

/** Services indexed once per dataset: what each municipality has, what every municipality shares, national lines. */
interface ServiceIndex {
  local: Map<string, ServiceSplit>;
  national: ServiceSplit;
  lines: Service[];
  position: Map<Service, number>;
}

// One index per services array, built when the dataset first reaches a view, so a page render reads a small
// slice instead of walking every record.
const indexes = new WeakMap<readonly Service[], ServiceIndex>();

function indexOf(services: readonly Service[]): ServiceIndex {
  const known = indexes.get(services);
  if (known) return known;
  const index: ServiceIndex = {
    local: new Map(),
    national: { current: [], history: [] },
    lines: [],
    position: new Map(),
  };
  services.forEach((service, at) => {
    index.position.set(service, at);
    const bucket = (split: ServiceSplit) => (service.supersededBy ? split.history : split.current).push(service);
    if (service.area.national === true) {
      bucket(index.national);
    } else {
      for (const number of new Set(service.area.municipalities)) {
        let split = index.local.get(number);
        if (!split) {
          split = { current: [], history: [] };
          index.local.set(number, split);
        }
        bucket(split);
      }
    }
  });
  index.lines = services
    .filter((s) => (s.type === "helpline" || s.type === "emergency") && !s.supersededBy && !s.statutory)
    .sort((a, b) => Number(b.type === "emergency") - Number(a.type === "emergency"));
  indexes.set(services, index);
  return index;
}

/** Merges two lists that each follow dataset order into one in dataset order. */
function merge(a: readonly Service[], b: readonly Service[], position: Map<Service, number>): Service[] {
  const out: Service[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (position.get(a[i]) ?? 0) < (position.get(b[j]) ?? 0))) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

const EMPTY: ServiceSplit = { current: [], history: [] };

/**
 * The services that apply to a municipality, current ones and history apart, in dataset order. Given the clock,
 * a report of absence older than the stale limit (or undated) is history too, as coverage counts it.
 */
export function servicesFor(services: readonly Service[], municipality: string, now?: Date): ServiceSplit {
  const index = indexOf(services);
  const local = index.local.get(municipality) ?? EMPTY;
  const split = {
    current: merge(local.current, index.national.current, index.position),
    history: merge(local.history, index.national.history, index.position),
  };
  if (now === undefined) return split;
  const old = split.current.filter((s) => s.status === "reported-absent" && isStale(s.verified, now));
  if (old.length === 0) return split;
  return {
    current: split.current.filter((s) => !old.includes(s)),
    history: merge(split.history, old, index.position),
  };
}

/** The services registered for this municipality alone or with neighbours (not national ones), in dataset order. */
export function localServices(services: readonly Service[], municipality: string): ServiceSplit {
  return indexOf(services).local.get(municipality) ?? EMPTY;
}

/** National helplines and emergency numbers, emergency first. */
export function nationalLines(services: readonly Service[]): Service[] {
  return indexOf(services).lines;
}
