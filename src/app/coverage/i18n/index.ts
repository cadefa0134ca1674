/** Text lookup for the coverage views: their own tables (kept out of the start-up bundle), falling back to the app's. */
import { useContext } from "preact/hooks";
import { type Language, LanguageContext, type MessageKey, translate } from "../../i18n/index.ts";
import { makeTranslator } from "../../i18n/translator.ts";
import { en } from "./en.ts";
import { type CoverageMessageKey, type CoverageMessages, nb } from "./nb.ts";
import { nn } from "./nn.ts";

const TABLES: Record<Language, CoverageMessages> = { nb, nn, en };

/** A key of either the coverage tables or the app's tables. */
export type AnyMessageKey = CoverageMessageKey | MessageKey;

/** Looks up a coverage text (or an app text) and fills `{name}` placeholders. */
export const translateCoverage = makeTranslator<Language, AnyMessageKey>(TABLES, (language, key, values) =>
  translate(language, key as MessageKey, values),
);

/** Returns a `t(key, values)` for the coverage views in the current language. */
export function useCovT(): (key: AnyMessageKey, values?: Record<string, string | number>) => string {
  const language = useContext(LanguageContext);
  return (key, values) => translateCoverage(language, key, values);
}

export type { CoverageMessageKey };
