/**
 * What the page shows before any script has run: the safety bar with the quick exit, the header, the crisis numbers and the search field
 * in bokmål. The build renders it into index.html, so the crisis numbers work even when the script
 * is slow or fails, and the first paint is the real page; the app then takes the same DOM over.
 */

import { SearchView } from "./find-help/SearchView.tsx";
import { LanguageContext, translate } from "./i18n/index.ts";
import { CrisisBar } from "./shell/CrisisBar.tsx";
import { Header } from "./shell/Header.tsx";
import { SafetyBar } from "./shell/SafetyBar.tsx";

/** The pre-rendered part of the front page. */
export function StaticShell() {
  return (
    <LanguageContext.Provider value="nb">
      <a class="skip-link" href="#main">
        {translate("nb", "skipToContent")}
      </a>
      <SafetyBar crisisInline={true} />
      <Header language="nb" onLanguage={() => undefined} />
      <CrisisBar />
      <main id="main" tabIndex={-1}>
        <SearchView />
      </main>
    </LanguageContext.Provider>
  );
}
