/**
 * Filters on a municipality page and their form in the URL fragment
 * (#/kommune/5501?alder=ungdom&tema=rus&uten-henvisning=1&apen=1&type=rph), so a shared link carries them.
 * A chosen city district travels the same way (#/kommune/0301?bydel=030102).
 */
import { OFFER_GROUPS, type OfferGroupId } from "./offers.ts";
import type { Service } from "./schema.ts";

/** Age groups a school nurse or resident picks from. */
export const AGE_GROUPS = ["barn", "ungdom", "voksen"] as const;
/** One age group. */
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Inclusive age range of each group: child under 13, youth 13–25, adult 26 and up. */
export const AGE_RANGES: Record<AgeGroup, [number, number]> = {
  barn: [0, 12],
  ungdom: [13, 25],
  voksen: [26, Number.POSITIVE_INFINITY],
};

/** Topics in the URL, mapped to the service topics. */
export const TOPICS = { psykisk: "mental-health", rus: "substance-use" } as const;
/** One topic as written in the URL. */
export type TopicFilter = keyof typeof TOPICS;

/** Offer types one can filter on: the local groups and the national helplines. */
export const TYPE_FILTERS = [...OFFER_GROUPS.map((group) => group.id), "nasjonal"] as const;
/** One offer-type filter. */
export type TypeFilter = OfferGroupId | "nasjonal";

/** The filters of a municipality page; absent means "all". */
export interface Filters {
  /** The city district the resident lives in (six-digit code); a place, not a narrowing filter. */
  district?: string;
  age?: AgeGroup;
  topic?: TopicFilter;
  type?: TypeFilter;
  noReferral: boolean;
  openNow: boolean;
}

/** No filters. */
export const NO_FILTERS: Filters = { noReferral: false, openNow: false };

/** Reads filters from a query string ("alder=ungdom&apen=1" or a whole hash); unknown values are ignored. */
export function parseFilters(query: string): Filters {
  const at = query.indexOf("?");
  const params = new URLSearchParams(at >= 0 ? query.slice(at + 1) : query.replace(/^#/, ""));
  const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
    allowed.includes(value as T) ? (value as T) : undefined;
  const filters: Filters = {
    noReferral: params.get("uten-henvisning") === "1",
    openNow: params.get("apen") === "1",
  };
  const age = pick(params.get("alder"), AGE_GROUPS);
  const topic = pick(params.get("tema"), Object.keys(TOPICS) as TopicFilter[]);
  const type = pick(params.get("type"), TYPE_FILTERS as readonly TypeFilter[]);
  const district = params.get("bydel");
  if (district && /^\d{6}$/.test(district)) filters.district = district;
  if (age) filters.age = age;
  if (topic) filters.topic = topic;
  if (type) filters.type = type;
  return filters;
}

/** Writes filters as a query string in a fixed order, without the "?"; empty when no filter is set. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.district) params.set("bydel", filters.district);
  if (filters.age) params.set("alder", filters.age);
  if (filters.topic) params.set("tema", filters.topic);
  if (filters.type) params.set("type", filters.type);
  if (filters.noReferral) params.set("uten-henvisning", "1");
  if (filters.openNow) params.set("apen", "1");
  return params.toString();
}

/** True when at least one filter narrows the list; a chosen district is where the resident lives, not a filter. */
export function hasFilters(filters: Filters): boolean {
  return serializeFilters({ ...filters, district: undefined }) !== "";
}

/** The type filter a service belongs under, or undefined when no filter group holds it. */
export function typeFilterOf(service: Service): TypeFilter | undefined {
  if (service.type === "helpline" || service.type === "emergency") return "nasjonal";
  return OFFER_GROUPS.find((group) => (group.types as readonly string[]).includes(service.type))?.id;
}

/** True when a service's ages overlap the group's; a service without ages is for everyone. */
export function matchesAge(service: Service, age: AgeGroup): boolean {
  const [from, to] = AGE_RANGES[age];
  return (service.ageMin ?? 0) <= to && (service.ageMax ?? Number.POSITIVE_INFINITY) >= from;
}

/**
 * True when a service passes every filter. `isOpen` says whether it is open now; "open now" only keeps
 * services with known hours that are open, since unknown hours cannot be promised.
 */
export function matchesFilters(service: Service, filters: Filters, isOpen: (service: Service) => boolean): boolean {
  if (filters.age && !matchesAge(service, filters.age)) return false;
  if (filters.topic && !service.topics.includes(TOPICS[filters.topic])) return false;
  if (filters.type && typeFilterOf(service) !== filters.type) return false;
  if (filters.noReferral && service.referral !== "not-needed") return false;
  if (filters.openNow && !isOpen(service)) return false;
  return true;
}
