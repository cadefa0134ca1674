/**
 * UI text lookup in bokmål, nynorsk and English. Bokmål is in the start bundle (the pre-rendered shell and most
 * visitors use it); the nynorsk and English tables load on demand, before the app renders in that language.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { readLanguage } from "../../platform/language-store.ts";
import { type MessageKey, type Messages, nb } from "./nb.ts";
import { makeTranslator } from "./translator.ts";

/** Languages the UI speaks. */
export const LANGUAGES = ["nb", "nn", "en"] as const;
/** One UI language. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language, for the language choice (shown before its table is loaded). */
export const LANGUAGE_NAMES: Record<Language, string> = { nb: "Bokmål", nn: "Nynorsk", en: "English" };

/** The text tables loaded so far; bokmål always. */
const loaded: Partial<Record<Language, Messages>> = { nb };

/** The tables that load on demand (precached by the service worker like every other chunk, so they work offline). */
const LOADERS: Record<Exclude<Language, "nb">, () => Promise<Messages>> = {
  nn: () => import("./nn.ts").then((m) => m.nn),
  en: () => import("./en.ts").then((m) => m.en),
};

/** Whether the language's table is in memory, so the app can render in it now. */
export function isLanguageLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** Loads the language's table; resolves to the language, or to bokmål when the table cannot be fetched. */
export async function loadLanguage(language: Language): Promise<Language> {
  if (language === "nb" || loaded[language]) return language;
  try {
    loaded[language] = await LOADERS[language]();
    return language;
  } catch {
    return "nb";
  }
}

/** The remembered language, or bokmål. */
export function storedLanguage(): Language {
  const stored = readLanguage();
  return (LANGUAGES as readonly string[]).includes(stored ?? "") ? (stored as Language) : "nb";
}

const lookup = makeTranslator<Language, MessageKey>(loaded as Record<Language, Messages>);

/** Looks up a text and fills `{name}` placeholders (in bokmål while the language's table is not loaded). */
export function translate(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  return lookup(isLanguageLoaded(language) ? language : "nb", key, values);
}

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
