/** Remembers the UI language; read synchronously at start so the first paint is in the right language. */
const KEY = "hjelpekart.language";

/** The remembered language code, if any. */
export function readLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers the language code (silently skipped where storage is blocked). */
export function writeLanguage(language: string): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private mode: the choice lasts this visit only.
  }
}
