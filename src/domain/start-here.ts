/** The best local next step on a municipality page: one confirmed low-threshold offer a person can contact now. */
import { isAdultOnly } from "./adult-only.ts";
import { type AgeGroup, matchesAge } from "./filters.ts";
import type { OfferType, Service } from "./schema.ts";

// Order of preference: youth are best served by helsestasjon for ungdom, everyone else by RPH.
const YOUTH_ORDER: readonly OfferType[] = ["hfu", "school-health", "low-threshold-other", "rph"];
const GENERAL_ORDER: readonly OfferType[] = ["rph", "low-threshold-other", "hfu", "school-health"];

/** True when a service can be reached directly: a phone, SMS, web or chat contact. */
export function isReachable(service: Service): boolean {
  return service.contacts.some((c) => c.kind !== "email");
}

/**
 * The local offer to show first, or undefined when none is confirmed: active, local (not national), a
 * low-threshold type, not limited to one city district, no referral demanded, reachable by phone or link, and
 * for the age group.
 */
export function startHere(local: readonly Service[], age?: AgeGroup): Service | undefined {
  const order = age === "ungdom" || age === "barn" ? YOUTH_ORDER : GENERAL_ORDER;
  const candidates = local.filter(
    (s) =>
      s.status === "active" &&
      !s.supersededBy &&
      !s.area.national &&
      !s.statutory &&
      // An offer for one city district is not the whole municipality's next step.
      !s.area.districts?.length &&
      order.includes(s.type) &&
      s.referral !== "needed" &&
      !s.caveats?.includes("status-unclear") &&
      isReachable(s) &&
      (age ? matchesAge(s, age) : true) &&
      (age === "ungdom" || age === "barn" ? !isAdultOnly(s) : true),
  );
  // Without an age group, an offer open to all ages comes before one for a narrower group.
  const breadth = (s: Service) => (s.ageMin ?? 0) - (s.ageMax ?? 200) / 1000;
  const phone = (s: Service) => (s.contacts.some((c) => c.kind === "phone") ? 0 : 1);
  return [...candidates].sort(
    (a, b) =>
      order.indexOf(a.type) - order.indexOf(b.type) ||
      (age ? 0 : breadth(a) - breadth(b)) ||
      phone(a) - phone(b) ||
      Number(b.referral === "not-needed") - Number(a.referral === "not-needed"),
  )[0];
}
