/** Coverage deep links: #/dekning, #/dekning/kart, #/dekning/tabell, #/dekning/rapport/NNNN, with the offer choice and filters in the query. */
import type { CoverageChoice, StateFilter } from "../../domain/coverage-rows.ts";

/** The coverage views. */
export type CoverageView = "dashboard" | "map" | "table" | "report";

/** A parsed coverage route. */
export interface CoverageRoute {
  name: "coverage";
  view: CoverageView;
  /** Municipality of a report card. */
  number?: string;
  choice: CoverageChoice;
  county?: string;
  state?: StateFilter;
  query?: string;
}

/** The choice a link without `tilbud` shows: the national goal. */
export const DEFAULT_CHOICE: CoverageChoice = "any-low-threshold";

const PATHS: Record<Exclude<CoverageView, "report">, string> = {
  dashboard: "/dekning",
  map: "/dekning/kart",
  table: "/dekning/tabell",
};
// The goal gets a Norwegian word in links; groups keep their ids.
const ANY_PARAM = "lavterskel";
// Spelled out so links stay stable even if the domain lists are reordered; a unit test checks them against the domain.
/** Offer choices a link may carry. */
export const ROUTE_CHOICES = [
  "any-low-threshold",
  "rph",
  "low-threshold-other",
  "youth",
  "act-fact",
  "student",
  "voluntary",
] as const satisfies readonly CoverageChoice[];
/** State filters a link may carry. */
export const ROUTE_STATE_FILTERS = [
  "confirmed",
  "statutory",
  "inactive",
  "reported-absent",
  "unknown",
  "stale",
  "gap",
] as const satisfies readonly StateFilter[];

/** Parses a location hash; undefined when it is not a coverage route. */
export function parseCoverageRoute(hash: string): CoverageRoute | undefined {
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(search);
  const tilbud = params.get("tilbud");
  const choiceParam = tilbud === ANY_PARAM ? "any-low-threshold" : tilbud;
  const choice = (ROUTE_CHOICES as readonly (string | null)[]).includes(choiceParam)
    ? (choiceParam as CoverageChoice)
    : DEFAULT_CHOICE;
  const county = /^\d{2}$/.test(params.get("fylke") ?? "") ? (params.get("fylke") as string) : undefined;
  const state = (ROUTE_STATE_FILTERS as readonly string[]).includes(params.get("tilstand") ?? "")
    ? (params.get("tilstand") as StateFilter)
    : undefined;
  const query = params.get("sok") || undefined;
  const base = { name: "coverage" as const, choice, county, state, query };
  const report = /^\/dekning\/rapport\/(\d{4})$/.exec(path);
  if (report?.[1]) return { ...base, view: "report", number: report[1] };
  for (const [view, prefix] of Object.entries(PATHS)) {
    if (path === prefix) return { ...base, view: view as CoverageView };
  }
  return undefined;
}

/** Href of a coverage view; defaults are left out so links stay short. */
export function coverageHref(
  view: CoverageView,
  options: { choice?: CoverageChoice; number?: string; county?: string; state?: StateFilter; query?: string } = {},
): string {
  const path = view === "report" ? `/dekning/rapport/${options.number ?? ""}` : PATHS[view];
  const params = new URLSearchParams();
  if (options.choice && options.choice !== DEFAULT_CHOICE) {
    params.set("tilbud", options.choice === "any-low-threshold" ? ANY_PARAM : options.choice);
  }
  if (options.county) params.set("fylke", options.county);
  if (options.state) params.set("tilstand", options.state);
  if (options.query) params.set("sok", options.query);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ""}`;
}
