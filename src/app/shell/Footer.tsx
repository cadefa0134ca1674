/** Footer: data date, credits and the link to sources. */
import { useContext } from "preact/hooks";
import type { Dataset } from "../../domain/schema.ts";
import { LanguageContext, localeOf, useT } from "../i18n/index.ts";
import { formatLongDate } from "./format-date.ts";

/** The page footer. */
export function Footer(props: { dataset?: Dataset }) {
  const t = useT();
  const locale = localeOf(useContext(LanguageContext));
  const { dataset } = props;
  return (
    <footer class="footer">
      {dataset ? <p>{t("dataDate", { date: formatLongDate(locale, dataset.builtAt) })}</p> : null}
      <p>{t("credits")}</p>
      <p>
        <a href="#/om">{t("about")}</a>
      </p>
    </footer>
  );
}
