/** The app root: language, data, routes, and the parts every view shares. */
import { useEffect, useMemo, useState } from "preact/hooks";
import { writeLanguage } from "../platform/language-store.ts";
import { registerServiceWorker } from "../platform/sw-register.ts";
import { AreaNamesContext, areaNamesFrom } from "./area-names.ts";
import { SearchView } from "./find-help/SearchView.tsx";
import { useSearchIndex } from "./find-help/use-search-index.ts";
import { type Language, LanguageContext, loadLanguage, translate } from "./i18n/index.ts";
import { lazyView } from "./lazy-view.tsx";
import { type Route, useRoute } from "./router.ts";
import { CrisisBar } from "./shell/CrisisBar.tsx";
import { DataNotices } from "./shell/DataNotices.tsx";
import { Footer } from "./shell/Footer.tsx";
import { Header } from "./shell/Header.tsx";
import { SafetyBar } from "./shell/SafetyBar.tsx";
import { useDataset } from "./use-dataset.ts";

// The municipality page and the print card share their components; both load on demand, started by the entry
// point on a deep link and fetched once the data is ready on the front page, so a chosen result opens at once.
const MunicipalityView = lazyView(() => import("./find-help/MunicipalityView.tsx").then((m) => m.MunicipalityView));
const AboutView = lazyView(() => import("./shell/AboutView.tsx").then((m) => m.AboutView));
const PrintView = lazyView(() => import("./find-help/PrintView.tsx").then((m) => m.PrintView));
const CoverageView = lazyView(() => import("./coverage/CoverageRoot.tsx").then((m) => m.CoverageRoot));
const ContributeView = lazyView(() => import("./contribute/ContributeRoot.tsx").then((m) => m.ContributeRoot));

/** Starts loading the code of the route's view, so it downloads alongside the data. */
export function preloadView(route: Route): void {
  const view = route.name === "municipality" ? MunicipalityView : route.name === "print" ? PrintView : undefined;
  view?.preload().catch(() => undefined);
}

/** Views that set a document title of their own. */
const TITLED_ROUTES = new Set<Route["name"]>(["municipality", "print", "coverage", "report", "editor"]);

/** The whole app; `startLanguage` is the remembered language, its text table already loaded by the entry point. */
export function App(props: { startLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(props.startLanguage);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | undefined>();
  const route = useRoute();
  const { state, retry } = useDataset();
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);

  // The page switches once the new table is there, so it never shows a mix of two languages.
  const chooseLanguage = (next: Language) => void loadLanguage(next).then(setLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    writeLanguage(language);
  }, [language]);
  useEffect(() => registerServiceWorker((apply) => setApplyUpdate(() => apply)), []);
  // A new view starts at its top (About opened from the footer, a municipality from a long list); a filter change
  // on the same page keeps the place.
  const viewKey = `${route.name}:${"number" in route ? route.number : ""}`;
  useEffect(() => {
    scrollTo(0, 0);
  }, [viewKey]);
  useEffect(() => {
    if (!TITLED_ROUTES.has(route.name)) document.title = t("appName");
  }, [route, language]);

  const dataset = state.status === "ready" ? state.dataset : undefined;
  useEffect(() => {
    if (dataset) MunicipalityView.preload().catch(() => undefined);
  }, [dataset]);
  // The crisis numbers are shown in full on the front page and whenever the data is missing; elsewhere they are
  // one tap away in the safety bar, so the answer can take the first screen.
  const areaNames = useMemo(() => areaNamesFrom(dataset?.municipalities ?? []), [dataset]);
  const index = useSearchIndex(dataset, route.name === "home");
  const progressBySearch = route.name === "home" && state.status === "loading";
  const crisisInline = !dataset || route.name === "home" || route.name === "about";
  return (
    <LanguageContext.Provider value={language}>
      <AreaNamesContext.Provider value={areaNames}>
        <a class="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SafetyBar crisisInline={crisisInline} />
        <Header language={language} onLanguage={chooseLanguage} />
        {crisisInline ? <CrisisBar /> : null}
        <div class="notices" aria-live="polite">
          {applyUpdate ? (
            <p class="notice">
              {t("appUpdate")}{" "}
              <button type="button" onClick={applyUpdate}>
                {t("appUpdateApply")}
              </button>
            </p>
          ) : null}
          {progressBySearch ? null : <DataNotices state={state} retry={retry} />}
        </div>
        <main id="main" tabIndex={-1}>
          {route.name === "municipality" && dataset ? (
            <MunicipalityView dataset={dataset} number={route.number} />
          ) : route.name === "print" && dataset ? (
            <PrintView dataset={dataset} number={route.number} />
          ) : route.name === "coverage" && dataset ? (
            <CoverageView dataset={dataset} hash={route.hash} />
          ) : route.name === "report" || (route.name === "editor" && dataset) ? (
            <ContributeView dataset={dataset} route={route} />
          ) : route.name === "about" ? (
            <AboutView dataset={dataset} />
          ) : route.name === "home" ? (
            <SearchView
              dataset={dataset}
              index={index}
              progress={progressBySearch ? <DataNotices state={state} retry={retry} /> : undefined}
            />
          ) : null}
        </main>
        <Footer dataset={dataset} />
      </AreaNamesContext.Provider>
    </LanguageContext.Provider>
  );
}
