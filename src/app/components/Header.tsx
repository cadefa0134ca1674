/** Top bar: name, language choice and the quick exit. */
import { useEffect } from "preact/hooks";
import { LANGUAGES, type Language, MESSAGES, useT } from "../i18n/index.ts";

/** Leaves at once: replaces this history entry with a neutral page. */
export function quickExit(): void {
  document.title = "";
  document.body.textContent = "";
  location.replace(`${import.meta.env.BASE_URL}exit.html`);
}

/** Two presses of Escape within this many ms leave the page, for when there is no time to find the button. */
const DOUBLE_ESCAPE_MS = 800;

/** The page header. */
export function Header(props: { language: Language; onLanguage: (language: Language) => void }) {
  const t = useT();
  useEffect(() => {
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      if (now - last < DOUBLE_ESCAPE_MS) quickExit();
      last = now;
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, []);
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
                {MESSAGES[language].langName}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="quick-exit"
          onClick={quickExit}
          title={`${t("quickExitHint")}. ${t("quickExitKeys")}`}
        >
          {t("quickExit")}
        </button>
      </div>
    </header>
  );
}
