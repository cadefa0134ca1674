/** Number, county and population of a municipality, as a description list; callers may add more facts. */
import type { ComponentChildren } from "preact";
import { useContext } from "preact/hooks";
import type { County, Municipality } from "../../domain/schema.ts";
import { formatCount } from "../i18n/format.ts";
import { LanguageContext, useT } from "../i18n/index.ts";

/** The facts list shown at the top of the municipality page and the report card. */
export function MunicipalityFacts(props: {
  municipality: Municipality;
  county?: County;
  children?: ComponentChildren;
}) {
  const t = useT();
  const language = useContext(LanguageContext);
  return (
    <dl class="municipality__facts">
      <div>
        <dt>{t("municipalityNumber")}</dt>
        <dd>{props.municipality.number}</dd>
      </div>
      <div>
        <dt>{t("county")}</dt>
        <dd>{props.county?.name}</dd>
      </div>
      <div>
        <dt>{t("population")}</dt>
        <dd>{formatCount(language, props.municipality.population)}</dd>
      </div>
      {props.children}
    </dl>
  );
}
