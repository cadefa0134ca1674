/** City districts (Oslo's bydeler): which district a link or search names, and which offers apply there. */
import type { District, Service } from "./schema.ts";
import { fold } from "./text.ts";

/** The districts of one municipality, in code order (codes are digits: plain comparison, no collator to make). */
export function districtsOf(districts: readonly District[], municipality: string): District[] {
  return districts
    .filter((d) => d.municipality === municipality)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The district a code names within a municipality, or undefined (unknown code, or another municipality's). */
export function findDistrict(
  districts: readonly District[],
  municipality: string,
  code: string | undefined,
): District | undefined {
  return code ? districts.find((d) => d.code === code && d.municipality === municipality) : undefined;
}

/** True when a service's district names include this district; names compare folded ("St.Hanshaugen" = "St. Hanshaugen"). */
export function namesDistrict(service: Service, district: District): boolean {
  const key = fold(district.name).replace(/\s+/g, "");
  return (service.area.districts ?? []).some((name) => fold(name).replace(/\s+/g, "") === key);
}

/**
 * The services a resident of a district can use: those for this district plus city-wide ones (no
 * `area.districts`). Without a chosen district every service is kept, since the resident has not said where.
 */
export function servicesForDistrict(services: readonly Service[], district: District | undefined): Service[] {
  if (!district) return [...services];
  return services.filter((s) => !s.area.districts?.length || namesDistrict(s, district));
}

/** True when a service is limited to some districts of its municipality. */
export function isDistrictLimited(service: Service): boolean {
  return (service.area.districts?.length ?? 0) > 0;
}
