/**
 * Hash routes, so deep links work from any static host and offline: #/kommune/5401, #/om. Each feature parses its
 * own links (`find-help/route.ts`, `coverage/route.ts`, `contribute/route.ts`); `routes.ts` lists every route once.
 */
import { useEffect, useState } from "preact/hooks";
import { type ContributeRoute, parseContributeRoute } from "./contribute/route.ts";
import { type FindHelpRoute, parseFindHelpRoute } from "./find-help/route.ts";

/** A parsed route. */
export type Route =
  | FindHelpRoute
  | { name: "about" }
  // Coverage views parse the rest of the hash in their lazy chunk (src/app/coverage/route.ts).
  | { name: "coverage"; hash: string }
  | ContributeRoute;

/** Parses a location hash into a route; anything unknown is the home view. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  if (path === "/om") return { name: "about" };
  if (path === "/dekning" || path.startsWith("/dekning/")) return { name: "coverage", hash };
  return parseFindHelpRoute(hash) ?? parseContributeRoute(hash) ?? { name: "home" };
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
