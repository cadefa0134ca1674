/** The app root: language, data, routes, and the parts every view shares. */
import { useEffect, useState } from "preact/hooks";
import { readLanguage, writeLanguage } from "../platform/language-store.ts";
import { registerServiceWorker } from "../platform/sw-register.ts";
import { CrisisBar } from "./components/CrisisBar.tsx";
import { Footer } from "./components/Footer.tsx";
import { Header } from "./components/Header.tsx";
import { LANGUAGES, type Language, LanguageContext, translate } from "./i18n/index.ts";
import { useRoute } from "./router.ts";
import { useDataset } from "./use-dataset.ts";
import { AboutView } from "./views/AboutView.tsx";
import { MunicipalityView } from "./views/MunicipalityView.tsx";
import { SearchView } from "./views/SearchView.tsx";

function initialLanguage(): Language {
  const stored = readLanguage();
  return (LANGUAGES as readonly string[]).includes(stored ?? "") ? (stored as Language) : "nb";
}

/** The whole app. */
export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | undefined>();
  const route = useRoute();
  const { state, index, retry } = useDataset();
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);

  useEffect(() => {
    document.documentElement.lang = language;
    writeLanguage(language);
  }, [language]);
  useEffect(() => registerServiceWorker((apply) => setApplyUpdate(() => apply)), []);
  useEffect(() => {
    if (route.name !== "municipality") document.title = t("appName");
  }, [route, language]);

  const dataset = state.status === "ready" ? state.dataset : undefined;
  return (
    <LanguageContext.Provider value={language}>
      <a class="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <Header language={language} onLanguage={setLanguage} />
      <CrisisBar />
      <div class="notices" aria-live="polite">
        {applyUpdate ? (
          <p class="notice">
            {t("appUpdate")}{" "}
            <button type="button" onClick={applyUpdate}>
              {t("appUpdateApply")}
            </button>
          </p>
        ) : null}
        {state.status === "ready" && state.updated ? <p class="notice">{t("updatedNotice")}</p> : null}
        {state.status === "ready" && !state.persistent ? <p class="notice">{t("memoryOnly")}</p> : null}
        {state.status === "loading" ? (
          <p class="notice" role="status">
            {state.percent === undefined ? t("loading") : t("loadingProgress", { percent: state.percent })}
          </p>
        ) : null}
        {state.status === "failed" ? (
          <p class="notice notice--error" role="alert">
            {t("loadFailed")}{" "}
            <button type="button" onClick={retry}>
              {t("retry")}
            </button>
          </p>
        ) : null}
      </div>
      <main id="main" tabIndex={-1}>
        {route.name === "municipality" && dataset ? (
          <MunicipalityView dataset={dataset} number={route.number} />
        ) : route.name === "about" ? (
          <AboutView dataset={dataset} />
        ) : route.name === "home" ? (
          <SearchView dataset={dataset} index={index} />
        ) : null}
      </main>
      <Footer dataset={dataset} />
    </LanguageContext.Provider>
  );
}
