/** Message keys and number formats shared by the coverage views. */
import { useContext } from "preact/hooks";
import type { CoverageCell, CoverageState } from "../../domain/coverage.ts";
import type { CoverageChoice } from "../../domain/coverage-rows.ts";
import { LanguageContext, localeOf } from "../i18n/index.ts";
import { type AnyMessageKey, useCovT as useT } from "./i18n/index.ts";

const CHOICE_KEYS: Record<CoverageChoice, AnyMessageKey> = {
  "any-low-threshold": "covChoiceAny",
  rph: "type_rph",
  "low-threshold-other": "type_low-threshold-other",
  youth: "group_youth",
  "act-fact": "group_act-fact",
  student: "type_student",
  voluntary: "type_voluntary",
};

/** Message key naming an offer choice. */
export function choiceKey(choice: CoverageChoice): AnyMessageKey {
  return CHOICE_KEYS[choice];
}

/** Message key of a state's full label. */
export function stateKey(state: CoverageState): AnyMessageKey {
  return `covState_${state}` as AnyMessageKey;
}

/** Message key of a state's short label (table cells). */
export function stateShortKey(state: CoverageState): AnyMessageKey {
  return `covStateShort_${state}` as AnyMessageKey;
}

/** Message key of a state's explanation (legend). */
export function stateHelpKey(state: CoverageState): AnyMessageKey {
  return `covStateHelp_${state}` as AnyMessageKey;
}

/** Locale-aware formatters for counts, shares and partial dates. */
export function useFormat() {
  const language = useContext(LanguageContext);
  const locale = localeOf(language);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return {
    locale,
    number: (value: number) => value.toLocaleString(locale),
    share: (part: number, whole: number) => percent.format(whole > 0 ? part / whole : 0),
  };
}

/** The accessible label of one cell, e.g. "Tromsø: Confirmed service (old information)". */
export function useCellLabel(): (name: string, cell: CoverageCell) => string {
  const t = useT();
  return (name, cell) =>
    cell.stale
      ? t("covCellLabelStale", { name, state: t(stateKey(cell.state)), stale: t("covStale") })
      : t("covCellLabel", { name, state: t(stateKey(cell.state)) });
}
