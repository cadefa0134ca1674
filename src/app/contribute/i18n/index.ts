/** Text lookup for the report and editor views: their own tables (kept out of the start-up bundle), falling back to the app's. */
import { useContext } from "preact/hooks";
import { type Language, LanguageContext, type MessageKey, translate } from "../../i18n/index.ts";
import { makeTranslator } from "../../i18n/translator.ts";
import { en } from "./en.ts";
import { type ContributeMessageKey, type ContributeMessages, nb } from "./nb.ts";
import { nn } from "./nn.ts";

const TABLES: Record<Language, ContributeMessages> = { nb, nn, en };

/** A key of either the contribute tables or the app's tables. */
export type AnyKey = ContributeMessageKey | MessageKey;
/** The lookup function the contribute views use. */
export type ContributeT = (key: AnyKey, values?: Record<string, string | number>) => string;

/** Looks up a contribute text (or an app text) and fills `{name}` placeholders. */
export const translateContribute = makeTranslator<Language, AnyKey>(TABLES, (language, key, values) =>
  translate(language, key as MessageKey, values),
);

/** Returns a `t(key, values)` for the contribute views in the current language. */
export function useContributeT(): ContributeT {
  const language = useContext(LanguageContext);
  return (key, values) => translateContribute(language, key, values);
}
