/** The one way UI text is looked up: a table per language, `{name}` placeholders, and a fallback for shared keys. */

/** Values for `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;

/** Fills `{name}` placeholders; a name without a value stays as written, so a missing value shows instead of vanishing. */
export function fillPlaceholders(text: string, values?: MessageValues): string {
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}

/**
 * Makes a lookup over one text table per language. A key the tables lack goes to `fallback` (a lazily loaded
 * section's tables fall back to the app's, so shared words live once).
 */
export function makeTranslator<Language extends string, Key extends string>(
  tables: Record<Language, object>,
  fallback?: (language: Language, key: Key, values?: MessageValues) => string,
): (language: Language, key: Key, values?: MessageValues) => string {
  return (language, key, values) => {
    const own = (tables[language] as Record<string, string | undefined>)[key];
    if (own === undefined && fallback) return fallback(language, key, values);
    return fillPlaceholders(own ?? key, values);
  };
}
