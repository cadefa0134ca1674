/** UI text lookup in bokmål, nynorsk and English. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { en } from "./en.ts";
import { type MessageKey, type Messages, nb } from "./nb.ts";
import { nn } from "./nn.ts";
import { makeTranslator } from "./translator.ts";

/** Languages the UI speaks. */
export const LANGUAGES = ["nb", "nn", "en"] as const;
/** One UI language. */
export type Language = (typeof LANGUAGES)[number];

/** The text tables by language. */
export const MESSAGES: Record<Language, Messages> = { nb, nn, en };

/** Looks up a text and fills `{name}` placeholders. */
export const translate = makeTranslator<Language, MessageKey>(MESSAGES);

/** BCP 47 locale used for dates and numbers. */
export function localeOf(language: Language): string {
  return language === "en" ? "en-GB" : language === "nn" ? "nn-NO" : "nb-NO";
}

/** The current language, provided by the app root. */
export const LanguageContext = createContext<Language>("nb");

/** Returns a `t(key, values)` function for the current language. */
export function useT(): (key: MessageKey, values?: Record<string, string | number>) => string {
  const language = useContext(LanguageContext);
  return (key, values) => translate(language, key, values);
}

export type { MessageKey };
