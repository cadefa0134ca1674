/** Find-help deep links: the municipality page #/kommune/5401 and its print card #/kommune/5401/utskrift. */

/** A parsed find-help route (the front page is the router's fallback, so it has no parser of its own). */
export type FindHelpRoute =
  | { name: "home" }
  | { name: "municipality"; number: string }
  | { name: "print"; number: string };

/** Parses a location hash; undefined when it is not a municipality page or print card. */
export function parseFindHelpRoute(hash: string): FindHelpRoute | undefined {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  const municipality = /^\/kommune\/(\d{4})$/.exec(path);
  if (municipality?.[1]) return { name: "municipality", number: municipality[1] };
  const print = /^\/kommune\/(\d{4})\/utskrift$/.exec(path);
  if (print?.[1]) return { name: "print", number: print[1] };
  return undefined;
}

/** Href for a municipality page, optionally with a city district chosen (#/kommune/0301?bydel=030102). */
export function municipalityHref(number: string, district?: string): string {
  return district ? `#/kommune/${number}?bydel=${district}` : `#/kommune/${number}`;
}
