/** Footer: data date, credits and the link to sources. */
import { useContext } from "preact/hooks";
import type { Dataset } from "../../domain/schema.ts";
import { formatLongDate } from "../i18n/format.ts";
import { LanguageContext, useT } from "../i18n/index.ts";

/** The page footer. */
export function Footer(props: { dataset?: Dataset }) {
  const t = useT();
  const language = useContext(LanguageContext);
  const { dataset } = props;
  return (
    <footer class="footer">
      {dataset ? <p>{t("dataDate", { date: formatLongDate(language, dataset.builtAt) })}</p> : null}
      <p>{t("credits")}</p>
      <p>
        <a href="#/om">{t("about")}</a>
      </p>
    </footer>
  );
}
