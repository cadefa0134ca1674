/** A municipality's page: every offer a resident there can use, and honest gaps. */
import { useContext, useEffect, useRef } from "preact/hooks";
import { nationalLines, OFFER_GROUPS, servicesFor } from "../../domain/offers.ts";
import type { Dataset, Service } from "../../domain/schema.ts";
import { ServiceCard } from "../components/ServiceCard.tsx";
import { LanguageContext, localeOf, type MessageKey, useT } from "../i18n/index.ts";

const GROUP_TITLES: Record<(typeof OFFER_GROUPS)[number]["id"], MessageKey> = {
  rph: "type_rph",
  "low-threshold-other": "type_low-threshold-other",
  youth: "group_youth",
  "act-fact": "group_act-fact",
  student: "type_student",
};

/** The municipality page. */
export function MunicipalityView(props: { dataset: Dataset; number: string }) {
  const t = useT();
  const locale = localeOf(useContext(LanguageContext));
  const heading = useRef<HTMLHeadingElement>(null);
  const municipality = props.dataset.municipalities.find((m) => m.number === props.number);
  useEffect(() => {
    heading.current?.focus();
    if (municipality) document.title = `${municipality.nameNorwegian} – ${t("appName")}`;
  }, [props.number]);
  if (!municipality) {
    return (
      <section>
        <h1 tabIndex={-1} ref={heading}>
          {t("notFound")}
        </h1>
        <p>
          <a href="#/">{t("backToSearch")}</a>
        </p>
      </section>
    );
  }
  const now = new Date();
  const { current, history } = servicesFor(props.dataset.services, municipality.number);
  const county = props.dataset.counties.find((c) => c.number === municipality.county);
  return (
    <article class="municipality" aria-labelledby="municipality-name">
      <h1 id="municipality-name" tabIndex={-1} ref={heading}>
        {municipality.name}
      </h1>
      <dl class="municipality__facts">
        <div>
          <dt>{t("municipalityNumber")}</dt>
          <dd>{municipality.number}</dd>
        </div>
        <div>
          <dt>{t("county")}</dt>
          <dd>{county?.name}</dd>
        </div>
        <div>
          <dt>{t("population")}</dt>
          <dd>{municipality.population.toLocaleString(locale)}</dd>
        </div>
      </dl>
      <h2>{t("offersHeading", { municipality: municipality.nameNorwegian })}</h2>
      {OFFER_GROUPS.map((group) => {
        const services = current.filter((s) => (group.types as readonly string[]).includes(s.type));
        return (
          <OfferGroup key={group.id} id={group.id} title={t(GROUP_TITLES[group.id])} services={services} now={now} />
        );
      })}
      <section aria-labelledby="national-lines">
        <h2 id="national-lines">{t("nationalHeading")}</h2>
        {nationalLines(props.dataset.services).map((service) => (
          <ServiceCard key={service.id} service={service} now={now} />
        ))}
      </section>
      {history.length > 0 ? (
        <details class="history">
          <summary>{t("historyHeading")}</summary>
          {history.map((service) => (
            <ServiceCard key={service.id} service={service} now={now} headingLevel={4} />
          ))}
        </details>
      ) : null}
    </article>
  );
}

function OfferGroup(props: { id: string; title: string; services: Service[]; now: Date }) {
  const t = useT();
  const available = props.services.filter((s) => s.status !== "reported-absent");
  const absent = props.services.filter((s) => s.status === "reported-absent");
  return (
    <section class="offer-group" aria-labelledby={`group-${props.id}`}>
      <h3 id={`group-${props.id}`}>{props.title}</h3>
      {available.length === 0 ? (
        <div class="offer-group__unknown">
          <p>
            <strong>{absent.length > 0 ? t("reportedAbsent") : t("unknownOffer")}</strong>
          </p>
          <p>{t("unknownOfferAdvice")}</p>
        </div>
      ) : null}
      {[...available, ...absent].map((service) => (
        <ServiceCard key={service.id} service={service} now={props.now} headingLevel={4} />
      ))}
    </section>
  );
}
