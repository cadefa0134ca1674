/** The app root: language, data, routes, and the parts every view shares. */
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Dataset } from "../domain/schema.ts";
import type { SearchIndex } from "../domain/search.ts";
import { writeLanguage } from "../platform/language-store.ts";
import { registerServiceWorker } from "../platform/sw-register.ts";
import { AreaNamesContext, areaNamesFrom } from "./area-names.ts";
import { ContributeView } from "./contribute/lazy.ts";
import { CoverageView } from "./coverage/lazy.ts";
import { MunicipalityView, PrintView } from "./find-help/lazy.ts";
import { SearchView } from "./find-help/SearchView.tsx";
import { useSearchIndex } from "./find-help/use-search-index.ts";
import { type Language, LanguageContext, loadLanguage, translate } from "./i18n/index.ts";
import { type Route, useRoute } from "./router.ts";
import { ROUTES } from "./routes.ts";
import { CrisisBar } from "./shell/CrisisBar.tsx";
import { DataNotices } from "./shell/DataNotices.tsx";
import { Footer } from "./shell/Footer.tsx";
import { Header } from "./shell/Header.tsx";
import { AboutView } from "./shell/lazy.ts";
import { SafetyBar } from "./shell/SafetyBar.tsx";
import { useDataset } from "./use-dataset.ts";

/** What a view may need besides its route; routes that need data get it as `dataset` for certain. */
interface ViewContext {
  dataset: Dataset | undefined;
  index: SearchIndex | undefined;
  progress: ComponentChildren;
}
type ContextFor<N extends Route["name"]> = (typeof ROUTES)[N]["needsData"] extends true
  ? ViewContext & { dataset: Dataset }
  : ViewContext;
/** How each route renders; typed by the registry, so a route without a view is a type error. */
type ViewTable = {
  [N in Route["name"]]: (route: Extract<Route, { name: N }>, context: ContextFor<N>) => ComponentChildren;
};

const VIEWS: ViewTable = {
  home: (_, c) => <SearchView dataset={c.dataset} index={c.index} progress={c.progress} />,
  municipality: (route, c) => <MunicipalityView dataset={c.dataset} number={route.number} />,
  print: (route, c) => <PrintView dataset={c.dataset} number={route.number} />,
  about: (_, c) => <AboutView dataset={c.dataset} />,
  coverage: (route, c) => <CoverageView dataset={c.dataset} hash={route.hash} />,
  report: (route, c) => <ContributeView dataset={c.dataset} route={route} />,
  editor: (route, c) => <ContributeView dataset={c.dataset} route={route} />,
};

/** Renders the route's view, or nothing while the data it needs is not there (the data notices say why). */
function renderView(route: Route, context: ViewContext): ComponentChildren {
  if (ROUTES[route.name].needsData && !context.dataset) return null;
  return (VIEWS[route.name] as (route: Route, context: ViewContext) => ComponentChildren)(route, context);
}

/**
 * Moves focus to the main content without touching the URL: routes live in the hash, so following "#main"
 * would replace `#/kommune/1804?alder=ungdom` and drop the page.
 */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  const main = document.getElementById("main");
  main?.focus();
  main?.scrollIntoView();
}

/** Starts loading the code of the route's view, so it downloads alongside the data. */
export function preloadView(route: Route): void {
  const view = route.name === "municipality" ? MunicipalityView : route.name === "print" ? PrintView : undefined;
  view?.preload().catch(() => undefined);
}

/** The whole app; `startLanguage` is the remembered language, its text table already loaded by the entry point. */
export function App(props: { startLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(props.startLanguage);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | undefined>();
  const route = useRoute();
  const focus = route.name === "municipality" || route.name === "print" ? route.number : undefined;
  const { state, retry, widen } = useDataset(focus);
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);

  // The page switches once the new table is there, so it never shows a mix of two languages.
  const chooseLanguage = (next: Language) => void loadLanguage(next).then(setLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    writeLanguage(language);
  }, [language]);
  // Once the data has arrived (or could not): the worker's precache downloads would compete with it on a slow line.
  const dataSettled = state.status !== "loading";
  useEffect(() => {
    if (dataSettled) registerServiceWorker((apply) => setApplyUpdate(() => apply));
  }, [dataSettled]);
  // A new view starts at its top (About opened from the footer, a municipality from a long list); a filter change
  // on the same page keeps the place.
  const viewKey = `${route.name}:${"number" in route ? route.number : ""}`;
  useEffect(() => {
    scrollTo(0, 0);
  }, [viewKey]);
  useEffect(() => {
    if (!ROUTES[route.name].titled) document.title = t("appName");
  }, [route, language]);

  const held = state.status === "ready" ? state.dataset : undefined;
  // A first visit to a municipality page brings only that municipality's share; any other view gets the whole
  // dataset from storage first, and until then sees none.
  const slice = state.status === "ready" ? state.slice : undefined;
  const dataset = held && (slice === undefined || slice === focus) ? held : undefined;
  const widening = held !== undefined && dataset === undefined;
  useEffect(() => {
    if (widening) widen();
  }, [widening, widen]);
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
        {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention (and works before the script runs); the click only keeps the route */}
        <a class="skip-link" href="#main" onClick={skipToMain}>
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
          {widening && ROUTES[route.name].needsData ? <p role="status">{t("loading")}</p> : null}
          {renderView(route, {
            dataset,
            index,
            progress: progressBySearch ? <DataNotices state={state} retry={retry} /> : undefined,
          })}
        </main>
        <Footer dataset={held} />
      </AreaNamesContext.Provider>
    </LanguageContext.Provider>
  );
}
