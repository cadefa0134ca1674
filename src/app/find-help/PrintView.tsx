/**
 * A one-page help card for a municipality and age group, for a school nurse to print or hand out: for youth the
 * school health service and helsestasjon for ungdom first, then every offer with phone, web, address and hours,
 * the crisis numbers, the municipality's own contact point and the date of the data. No source prose.
 */
import { useContext, useEffect, useMemo, useRef } from "preact/hooks";
import { isAdultOnly, plainHoursText } from "../../domain/adult-only.ts";
import { CRISIS_NUMBERS } from "../../domain/crisis.ts";
import { findDistrict, servicesForDistrict } from "../../domain/districts.ts";
import { matchesFilters } from "../../domain/filters.ts";
import { localServices, nationalLines, servicesFor } from "../../domain/offers.ts";
import { formatPhone } from "../../domain/phone.ts";
import type { Dataset, Service } from "../../domain/schema.ts";
import { printPage } from "../../platform/print.ts";
import { formatLongDate } from "../i18n/format.ts";
import { LanguageContext, localeOf, type MessageKey, useT } from "../i18n/index.ts";
import { NotFound } from "../not-found.tsx";
import { serviceOpenState, weekLines } from "./hours.ts";
import { host } from "./StartHere.tsx";
import { hashWithFilters, useFilters } from "./use-filters.ts";
import { useNow } from "./use-now.ts";

const CRISIS_LABELS: Record<(typeof CRISIS_NUMBERS)[number]["number"], MessageKey> = {
  "113": "crisis113",
  "116117": "crisis116117",
  "116123": "crisis116123",
  "116111": "crisis116111",
};
const CRISIS_IDS: readonly string[] = CRISIS_NUMBERS.map((c) => c.serviceId);
const YOUTH_TYPES: readonly string[] = ["school-health", "hfu"];

/** The printable help card. */
export function PrintView(props: { dataset: Dataset; number: string }) {
  const t = useT();
  const language = useContext(LanguageContext);
  const locale = localeOf(language);
  const heading = useRef<HTMLHeadingElement>(null);
  const [filters] = useFilters(`/kommune/${props.number}/utskrift`);
  const now = useNow();
  const holidays = useMemo(() => new Set(props.dataset.holidays), [props.dataset]);
  const municipality = props.dataset.municipalities.find((m) => m.number === props.number);
  useEffect(() => {
    heading.current?.focus();
    if (municipality) document.title = `${t("printTitle", { municipality: municipality.nameNorwegian })}`;
  }, [props.number]);
  if (!municipality) {
    return <NotFound title={t("notFound")} headingRef={heading} />;
  }
  const young = filters.age === "ungdom" || filters.age === "barn";
  const isOpen = (s: Service) => serviceOpenState(s, holidays, now)?.open === true;
  // A card for children or youth carries nothing meant only for adults.
  const matches = (s: Service) => matchesFilters(s, filters, isOpen) && !(young && isAdultOnly(s));
  // Absent or inactive offers are no help on paper; statutory records carry no contact details of their own.
  const useful = (s: Service) => s.status !== "reported-absent" && s.status !== "inactive" && !s.statutory;
  const local =
    filters.type === "nasjonal"
      ? []
      : servicesForDistrict(
          localServices(props.dataset.services, municipality.number).current,
          findDistrict(props.dataset.districts, municipality.number, filters.district),
        ).filter((s) => useful(s) && matches(s));
  const youthFirst = young ? local.filter((s) => YOUTH_TYPES.includes(s.type)) : [];
  const others = local.filter((s) => !youthFirst.includes(s));
  const statutorySchool =
    young && !filters.type
      ? servicesFor(props.dataset.services, municipality.number).current.some(
          (s) => s.statutory && s.type === "school-health",
        )
      : false;
  // National lines without a number or link cannot be reached from paper, so the card leaves them out.
  const national =
    !filters.type || filters.type === "nasjonal"
      ? nationalLines(props.dataset.services).filter(
          (s) => useful(s) && matches(s) && !CRISIS_IDS.includes(s.id) && s.contacts.some((c) => c.kind !== "email"),
        )
      : [];
  const group = filters.age ? t(`age_${filters.age}`) : t("ageAll");
  const built = formatLongDate(language, props.dataset.builtAt);
  return (
    <article class="print-card" aria-labelledby="print-title">
      <p class="print-card__actions">
        <a href={hashWithFilters(`/kommune/${municipality.number}`, filters)}>{t("printBack")}</a>
        <button type="button" onClick={printPage}>
          {t("printButton")}
        </button>
      </p>
      <h1 id="print-title" tabIndex={-1} ref={heading}>
        {t("printTitle", { municipality: municipality.nameNorwegian })}
      </h1>
      <p class="print-card__for">{t("printFor", { group })}</p>
      <section class="print-card__crisis" aria-labelledby="print-crisis">
        <h2 id="print-crisis">{t("crisisTitle")}</h2>
        <ul>
          {CRISIS_NUMBERS.map(({ number }) => (
            <li key={number}>
              <strong>{formatPhone(number)}</strong> {t(CRISIS_LABELS[number])}
            </li>
          ))}
        </ul>
      </section>
      {young && (statutorySchool || youthFirst.length > 0) ? (
        <section aria-labelledby="print-youth">
          <h2 id="print-youth">{t("printYouthFirst")}</h2>
          <ul class="print-card__list">
            {statutorySchool ? <li class="print-entry">{t("printStatutory")}</li> : null}
            {youthFirst.map((service) => (
              <PrintEntry key={service.id} service={service} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="print-local">
        <h2 id="print-local">{t("printOffers", { municipality: municipality.nameNorwegian })}</h2>
        {local.length === 0 ? <p>{t("printNone")}</p> : null}
        <ul class="print-card__list">
          {others.map((service) => (
            <PrintEntry key={service.id} service={service} locale={locale} />
          ))}
        </ul>
      </section>
      {municipality.website ? (
        <p class="print-card__contact">
          <strong>{t("printContact")}:</strong> {host(municipality.website)}
        </p>
      ) : null}
      {national.length > 0 ? (
        <section aria-labelledby="print-national">
          <h2 id="print-national">{t("printNational")}</h2>
          <ul class="print-card__list print-card__list--national">
            {national.map((service) => (
              <PrintEntry key={service.id} service={service} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}
      <p class="print-card__source">{t("printSource", { date: built })}</p>
    </article>
  );
}

function PrintEntry(props: { service: Service; locale: string }) {
  const t = useT();
  const { service } = props;
  const phones = service.contacts.filter((c) => c.kind === "phone" || c.kind === "sms");
  const web = service.contacts.find((c) => c.kind === "web" || c.kind === "chat");
  // Compiled hours, or the source's words only when they state hours rather than discuss sources.
  const hours = service.hours ? weekLines(service.hours, props.locale, t).join("; ") : plainHoursText(service);
  return (
    <li class="print-entry">
      <strong class="print-entry__name">{service.name}</strong>
      {service.referral === "not-needed" ? <span class="print-entry__tag"> – {t("referral_not_needed")}</span> : null}
      {phones.map((c) => (
        <span key={JSON.stringify(c)} class="print-entry__line">
          {c.kind === "sms" ? "SMS" : t("phone")}: {"number" in c ? formatPhone(c.number) : ""}
          {c.label ? ` (${c.label})` : ""}
        </span>
      ))}
      {web && "url" in web ? (
        <span class="print-entry__line">
          {t(web.kind === "chat" ? "chat" : "website")}: {web.url.replace(/^https:\/\/(www\.)?/, "").replace(/\/$/, "")}
        </span>
      ) : null}
      {service.locations.map((l) => (
        <span key={l.address} class="print-entry__line">
          {t("address")}: {l.name ? `${l.name}, ` : ""}
          {l.address}
        </span>
      ))}
      {hours ? (
        <span class="print-entry__line">
          {t("openingHours")}: {hours}
        </span>
      ) : null}
    </li>
  );
}
