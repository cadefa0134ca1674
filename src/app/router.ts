/** Hash routes, so deep links work from any static host and offline: #/kommune/5401, #/om. */
import { useEffect, useState } from "preact/hooks";
import { type ContributeRoute, parseContributeRoute } from "./contribute/route.ts";

/** A parsed route. */
export type Route =
  | { name: "home" }
  | { name: "municipality"; number: string }
  | { name: "print"; number: string }
  | { name: "about" }
  // Coverage views parse the rest of the hash in their lazy chunk (src/app/coverage/route.ts).
  | { name: "coverage"; hash: string }
  | ContributeRoute;

/** Parses a location hash into a route; anything unknown is the home view. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  const municipality = /^\/kommune\/(\d{4})$/.exec(path);
  if (municipality?.[1]) return { name: "municipality", number: municipality[1] };
  const print = /^\/kommune\/(\d{4})\/utskrift$/.exec(path);
  if (print?.[1]) return { name: "print", number: print[1] };
  if (path === "/om") return { name: "about" };
  if (path === "/dekning" || path.startsWith("/dekning/")) return { name: "coverage", hash };
  const contribute = parseContributeRoute(hash);
  if (contribute) return contribute;
  return { name: "home" };
}

/** Href for a municipality page, optionally with a city district chosen (#/kommune/0301?bydel=030102). */
export function municipalityHref(number: string, district?: string): string {
  return district ? `#/kommune/${number}?bydel=${district}` : `#/kommune/${number}`;
}

/** The current route, updated on navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}
