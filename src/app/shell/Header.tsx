/** Top bar: name, the coverage link and the language choice (the quick exit is in the safety bar). */
import { LANGUAGE_NAMES, LANGUAGES, type Language, useT } from "../i18n/index.ts";

/** The page header. */
export function Header(props: { language: Language; onLanguage: (language: Language) => void }) {
  const t = useT();
  return (
    <header class="header">
      <a class="header__name" href="#/">
        {t("appName")}
      </a>
      <div class="header__tools">
        <a class="header__link" href="#/dekning">
          {t("covNav")}
        </a>
        <label class="header__language">
          <span>{t("language")}</span>
          <select
            value={props.language}
            onChange={(event) => props.onLanguage((event.currentTarget as HTMLSelectElement).value as Language)}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
