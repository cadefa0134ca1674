/** Entry point: renders the app into the page. */
import { render } from "preact";
import { preloadManifest, preloadStored } from "../platform/dataset-sync.ts";
import { preloadSearchFile } from "../platform/search-file-load.ts";
import { App, preloadView } from "./App.tsx";
import { isLanguageLoaded, type Language, loadLanguage, storedLanguage } from "./i18n/index.ts";
import { parseRoute } from "./router.ts";
import "./styles.css";

// A remembered nynorsk or English table is fetched first, in parallel with the data below; until it is there the
// pre-rendered shell stays, so the app never paints in bokmål and then switches.
const remembered = storedLanguage();
const languageReady = loadLanguage(remembered);
// The IndexedDB read is the longest step of an offline start, and the manifest the first step of every online one:
// begin both before the first render (and before the view's code, which would otherwise take the connections).
// The front page searches from the compact index (preloaded by index.html, or kept in IndexedDB) before the
// dataset is there: it is read first, and the dataset, which only adds the offers to search, after it.
const route = parseRoute(location.hash);
if (route.name === "home") void preloadSearchFile().finally(() => preloadStored());
else preloadStored(route.name === "municipality" || route.name === "print" ? route.number : undefined);
preloadManifest();
if (route.name !== "home") preloadView(route);

// The pre-rendered shell is already on screen: the first render waits for a task of its own, so a slow phone is not
// busy with evaluating the script and rendering the app in one long stretch (a tap in between gets an answer).
const start = (language: Language) =>
  setTimeout(() => render(<App startLanguage={language} />, document.getElementById("app")!), 0);
if (isLanguageLoaded(remembered)) start(remembered);
else void languageReady.then(start);
