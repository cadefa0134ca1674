/** A one-page help card for a municipality and age group, for a school nurse to print or hand out. */
import { useContext, useEffect, useMemo, useRef } from "preact/hooks";
import { CRISIS_NUMBERS } from "../../domain/crisis.ts";
import { findDistrict, servicesForDistrict } from "../../domain/districts.ts";
import { matchesFilters } from "../../domain/filters.ts";
import { nationalLines, servicesFor } from "../../domain/offers.ts";
import { formatPhone } from "../../domain/phone.ts";
import type { Dataset, Service } from "../../domain/schema.ts";
import { printPage } from "../../platform/print.ts";
import { hoursLine, serviceOpenState } from "../hours.ts";
import { LanguageContext, localeOf, type MessageKey, useT } from "../i18n/index.ts";
import { hashWithFilters, useFilters } from "../use-filters.ts";
import { useNow } from "../use-now.ts";

const CRISIS_LABELS: Record<(typeof CRISIS_NUMBERS)[number]["number"], MessageKey> = {
  "113": "crisis113",
  "116117": "crisis116117",
  "116123": "crisis116123",
  "116111": "crisis116111",
};
const CRISIS_IDS: readonly string[] = CRISIS_NUMBERS.map((c) => c.serviceId);

/** The printable help card. */
export function PrintView(props: { dataset: Dataset; number: string }) {
  const t = useT();
  const locale = localeOf(useContext(LanguageContext));
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
    return (
      <section>
        <h1 tabIndex={-1} ref={heading}>
          {t("notFound")}
        </h1>
      </section>
    );
  }
  const isOpen = (s: Service) => serviceOpenState(s, holidays, now)?.open === true;
  const matches = (s: Service) => matchesFilters(s, filters, isOpen);
  // National lines without a number or link cannot be reached from paper, so the card leaves them out.
  // Statutory records carry no contact details, and absent or inactive ones are no help on a card.
  const useful = (s: Service) => s.status !== "reported-absent" && s.status !== "inactive" && !s.statutory;
  const local =
    filters.type === "nasjonal"
      ? []
      : servicesForDistrict(
          servicesFor(props.dataset.services, municipality.number).current,
          findDistrict(props.dataset.districts, municipality.number, filters.district),
        ).filter((s) => !s.area.national && useful(s) && matches(s));
  const national =
    !filters.type || filters.type === "nasjonal"
      ? nationalLines(props.dataset.services).filter(
          (s) => useful(s) && matches(s) && !CRISIS_IDS.includes(s.id) && s.contacts.some((c) => c.kind !== "email"),
        )
      : [];
  const group = filters.age ? t(`age_${filters.age}`) : t("ageAll");
  const built = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(props.dataset.builtAt));
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
      <section aria-labelledby="print-local">
        <h2 id="print-local">{t("printOffers", { municipality: municipality.nameNorwegian })}</h2>
        {local.length === 0 ? <p>{t("printNone")}</p> : null}
        <ul class="print-card__list">
          {local.map((service) => (
            <PrintEntry key={service.id} service={service} locale={locale} />
          ))}
        </ul>
      </section>
      {national.length > 0 ? (
        <section aria-labelledby="print-national">
          <h2 id="print-national">{t("printNational")}</h2>
          <ul class="print-card__list">
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
  const hours = hoursLine(service, props.locale, t);
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
      {phones.length === 0 && web && "url" in web ? (
        <span class="print-entry__line">
          {t(web.kind === "chat" ? "chat" : "website")}: {web.url.replace(/^https:\/\/(www\.)?/, "")}
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
