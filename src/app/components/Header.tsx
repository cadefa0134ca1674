/** Top bar: name, language choice and the quick exit. */
import { LANGUAGES, type Language, MESSAGES, useT } from "../i18n/index.ts";

/** Leaves at once: replaces this history entry with a neutral page. */
export function quickExit(): void {
  document.title = "";
  document.body.textContent = "";
  location.replace(`${import.meta.env.BASE_URL}exit.html`);
}

/** The page header. */
export function Header(props: { language: Language; onLanguage: (language: Language) => void }) {
  const t = useT();
  return (
    <header class="header">
      <a class="header__name" href="#/">
        {t("appName")}
      </a>
      <div class="header__tools">
        <label class="header__language">
          <span>{t("language")}</span>
          <select
            value={props.language}
            onChange={(event) => props.onLanguage((event.currentTarget as HTMLSelectElement).value as Language)}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {MESSAGES[language].langName}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="quick-exit" onClick={quickExit} title={t("quickExitHint")}>
          {t("quickExit")}
        </button>
      </div>
    </header>
  );
}
