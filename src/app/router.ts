/** Hash routes, so deep links work from any static host and offline: #/kommune/5401, #/om. */
import { useEffect, useState } from "preact/hooks";

/** A parsed route. */
export type Route = { name: "home" } | { name: "municipality"; number: string } | { name: "about" };

/** Parses a location hash into a route; anything unknown is the home view. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  const municipality = /^\/kommune\/(\d{4})$/.exec(path);
  if (municipality?.[1]) return { name: "municipality", number: municipality[1] };
  if (path === "/om") return { name: "about" };
  return { name: "home" };
}

/** Href for a municipality page. */
export function municipalityHref(number: string): string {
  return `#/kommune/${number}`;
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
