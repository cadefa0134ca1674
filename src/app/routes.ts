/**
 * The route registry: every route of the app, once. The app reads which views set their own title, the router
 * test fuzzes from the examples, and `App.tsx` must render every name here (its view table is typed by it).
 */
import type { Route } from "./router.ts";

/** What the app and the tests need to know about one route. */
export interface RouteInfo {
  /** The view sets `document.title` itself (the app sets the plain app name otherwise). */
  titled: boolean;
  /** The view needs the dataset; until it is there the app shows only the data notices. */
  needsData: boolean;
  /** Links that open this route, from the shortest; the first is what the app's own links look like. */
  examples: readonly string[];
}

/** Every route by name. */
export const ROUTES = {
  home: { titled: false, needsData: false, examples: ["#/", ""] },
  municipality: {
    titled: true,
    needsData: true,
    examples: ["#/kommune/5501", "#/kommune/0301?bydel=030102&alder=ungdom"],
  },
  print: {
    titled: true,
    needsData: true,
    examples: ["#/kommune/5501/utskrift", "#/kommune/5501/utskrift?alder=ungdom"],
  },
  about: { titled: false, needsData: false, examples: ["#/om"] },
  coverage: {
    titled: true,
    needsData: true,
    examples: ["#/dekning", "#/dekning/kart", "#/dekning/tabell?fylke=55", "#/dekning/rapport/5501"],
  },
  report: { titled: true, needsData: false, examples: ["#/meld-feil", "#/meld-feil?kommune=5501&tilbud=abc-1"] },
  editor: { titled: true, needsData: true, examples: ["#/rediger/5501"] },
} as const satisfies Record<Route["name"], RouteInfo>;

/** The route names, in registry order. */
export const ROUTE_NAMES = Object.keys(ROUTES) as Route["name"][];
