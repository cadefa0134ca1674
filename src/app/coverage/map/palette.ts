/** Map colours per coverage state: Okabe–Ito hues, told apart by people with the common colour-vision deficiencies. */
import type { CoverageState } from "../../../domain/coverage.ts";

/** Fill colour of each state; unknown is a light neutral so it never reads as "no". */
export const STATE_COLOURS: Record<CoverageState, string> = {
  confirmed: "#0072b2",
  statutory: "#56b4e9",
  inactive: "#cc79a7",
  "reported-absent": "#d55e00",
  unknown: "#d4d4d4",
};

/** Id of the SVG hatch pattern that marks stale evidence for a state. */
export function hatchId(state: CoverageState): string {
  return `hatch-${state}`;
}
