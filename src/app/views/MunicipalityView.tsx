/** A municipality's page: every offer a resident there can use, filters, open now, tools, and honest gaps. */
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { districtsOf, findDistrict, servicesForDistrict } from "../../domain/districts.ts";
import { type Filters, hasFilters, matchesFilters, NO_FILTERS } from "../../domain/filters.ts";
import { nationalLines, OFFER_GROUPS, servicesFor } from "../../domain/offers.ts";
import type { Dataset, Service } from "../../domain/schema.ts";
import { readSavedMunicipalities, setMunicipalitySaved } from "../../platform/db.ts";
import { copyText, shareLink } from "../../platform/share.ts";
import { DistrictPicker } from "../components/DistrictPicker.tsx";
import { FilterForm } from "../components/FilterForm.tsx";
import { MunicipalityContact, NothingRegistered } from "../components/MunicipalityContact.tsx";
import { MunicipalityFacts } from "../components/MunicipalityFacts.tsx";
import { ServiceCard } from "../components/ServiceCard.tsx";
import { contactsText } from "../contacts-text.ts";
import { editorHref, reportHref } from "../contribute/route.ts";
import { GROUP_TITLES } from "../group-labels.ts";
import { serviceOpenState } from "../hours.ts";
import { LanguageContext, localeOf, useT } from "../i18n/index.ts";
import { hashWithFilters, useFilters } from "../use-filters.ts";
import { useNow } from "../use-now.ts";

/** One group as shown: the services that pass the filters, and whether the type is unknown here. */
interface ShownGroup {
  id: (typeof OFFER_GROUPS)[number]["id"];
  services: Service[];
  unknown: boolean;
  absent: boolean;
}

/** The municipality page. */
export function MunicipalityView(props: { dataset: Dataset; number: string }) {
  const t = useT();
  const locale = localeOf(useContext(LanguageContext));
  const heading = useRef<HTMLHeadingElement>(null);
  const path = `/kommune/${props.number}`;
  const [filters, setFilters] = useFilters(path);
  const now = useNow();
  const holidays = useMemo(() => new Set(props.dataset.holidays), [props.dataset]);
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
  const isOpen = (service: Service) => serviceOpenState(service, holidays, now)?.open === true;
  const matches = (service: Service) => matchesFilters(service, filters, isOpen);
  const filtered = hasFilters(filters);
  const districts = districtsOf(props.dataset.districts, municipality.number);
  const district = findDistrict(districts, municipality.number, filters.district);
  const inMunicipality = servicesFor(props.dataset.services, municipality.number, now);
  const { history } = inMunicipality;
  // With a district chosen: that district's offers and the city-wide ones.
  const current = servicesForDistrict(inMunicipality.current, district);
  const lowThresholdKnown = current.some(
    (s) => (s.type === "rph" || s.type === "low-threshold-other") && s.status === "active" && !s.area.national,
  );
  const groups: ShownGroup[] = [];
  for (const group of OFFER_GROUPS) {
    if (filters.type && filters.type !== group.id) continue;
    const all = current.filter((s) => (group.types as readonly string[]).includes(s.type));
    const available = all.filter((s) => s.status !== "reported-absent");
    const shown = all.filter(matches);
    // Voluntary offers are not the municipality's: the group appears only where one is registered.
    if (group.id === "voluntary" && all.length === 0) continue;
    // A type the data knows nothing about is always said; a known type with no match under the filters is left out.
    if (filtered && available.length > 0 && shown.length === 0) continue;
    groups.push({ id: group.id, services: shown, unknown: available.length === 0, absent: all.length > 0 });
  }
  const national =
    !filters.type || filters.type === "nasjonal" ? nationalLines(props.dataset.services).filter(matches) : [];
  const shownServices = [...groups.flatMap((g) => g.services), ...national].filter(
    (s) => s.status !== "reported-absent",
  );
  const county = props.dataset.counties.find((c) => c.number === municipality.county);
  return (
    <article class="municipality" aria-labelledby="municipality-name">
      <h1 id="municipality-name" tabIndex={-1} ref={heading}>
        {municipality.name}
      </h1>
      <MunicipalityFacts municipality={municipality} county={county} />
      <MunicipalityContact municipality={municipality} />
      <Tools
        number={municipality.number}
        name={municipality.nameNorwegian}
        filters={filters}
        contacts={() =>
          contactsText(t("offersHeading", { municipality: municipality.nameNorwegian }), shownServices, locale, t)
        }
      />
      {districts.length > 0 ? (
        <DistrictPicker
          municipalityName={municipality.nameNorwegian}
          districts={districts}
          chosen={district}
          services={inMunicipality.current}
          onChoose={(code) => setFilters({ ...filters, district: code })}
        />
      ) : null}
      {/* Clearing the filters keeps the chosen district: it is where the resident lives, not a filter. */}
      <FilterForm filters={filters} onChange={(next) => setFilters({ ...next, district: filters.district })} />
      <p class="filters__count" role="status">
        {t("offerCount", { count: shownServices.length })}
      </p>
      {filtered && shownServices.length === 0 ? (
        <p class="filters__none">
          {t("noMatches")}{" "}
          <button type="button" class="link-button" onClick={() => setFilters(NO_FILTERS)}>
            {t("clearFilters")}
          </button>
        </p>
      ) : null}
      <h2>{t("offersHeading", { municipality: municipality.nameNorwegian })}</h2>
      {lowThresholdKnown ? null : <NothingRegistered place={district?.name ?? municipality.nameNorwegian} />}
      {groups.map((group) => (
        <OfferGroup key={group.id} group={group} now={now} holidays={holidays} municipality={municipality.number} />
      ))}
      {national.length > 0 ? (
        <section aria-labelledby="national-lines">
          <h2 id="national-lines">{t("nationalHeading")}</h2>
          {national.map((service) => (
            <ServiceCard
              key={service.id}
              service={service}
              now={now}
              holidays={holidays}
              reportFrom={municipality.number}
            />
          ))}
        </section>
      ) : null}
      <section class="contribute-links" aria-labelledby="contribute-heading">
        <h2 id="contribute-heading">{t("contributeHeading")}</h2>
        <ul>
          <li>
            <a href={reportHref(municipality.number)}>{t("reportPageError")}</a>
          </li>
          <li>
            <a href={editorHref(municipality.number)}>{t("describeOffers")}</a>
          </li>
        </ul>
      </section>
      {history.length > 0 ? (
        <details class="history">
          <summary>{t("historyHeading")}</summary>
          {history.map((service) => (
            <ServiceCard key={service.id} service={service} now={now} headingLevel={4} holidays={holidays} />
          ))}
        </details>
      ) : null}
    </article>
  );
}

function OfferGroup(props: { group: ShownGroup; now: Date; holidays: ReadonlySet<string>; municipality: string }) {
  const t = useT();
  const { group } = props;
  const available = group.services.filter((s) => s.status !== "reported-absent");
  const absent = group.services.filter((s) => s.status === "reported-absent");
  return (
    <section class="offer-group" aria-labelledby={`group-${group.id}`}>
      <h3 id={`group-${group.id}`}>{t(GROUP_TITLES[group.id])}</h3>
      {group.unknown ? (
        <div class="offer-group__unknown">
          <p>
            <strong>{group.absent ? t("reportedAbsent") : t("unknownOffer")}</strong>
          </p>
          <p>{t("unknownOfferAdvice")}</p>
        </div>
      ) : null}
      {[...available, ...absent].map((service) => (
        <ServiceCard
          key={service.id}
          service={service}
          now={props.now}
          headingLevel={4}
          holidays={props.holidays}
          reportFrom={props.municipality}
        />
      ))}
    </section>
  );
}

/** Save, share, copy contacts and print: what a school nurse needs from the page. */
function Tools(props: { number: string; name: string; filters: Filters; contacts: () => string }) {
  const t = useT();
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  const [message, setMessage] = useState("");
  useEffect(() => {
    setMessage("");
    readSavedMunicipalities()
      .then((numbers) => setSaved(numbers.includes(props.number)))
      .catch(() => setSaved(false));
  }, [props.number]);
  const toggleSaved = async () => {
    const next = !saved;
    try {
      await setMunicipalitySaved(props.number, next);
      setSaved(next);
      setMessage(t(next ? "savedStatus" : "unsavedStatus", { municipality: props.name }));
    } catch {
      setMessage(t("saveFailed"));
    }
  };
  const share = async () => {
    const url = `${location.origin}${location.pathname}${hashWithFilters(`/kommune/${props.number}`, props.filters)}`;
    const result = await shareLink(url, `${props.name} – ${t("appName")}`);
    setMessage(result === "copied" ? t("shareCopied") : result === "failed" ? t("copyFailed") : "");
  };
  const copy = async () => {
    setMessage((await copyText(props.contacts())) ? t("contactsCopied") : t("copyFailed"));
  };
  return (
    <div class="tools">
      <div class="tools__buttons">
        <button type="button" class="tools__save" aria-pressed={saved === true} onClick={toggleSaved}>
          <span aria-hidden="true">{saved ? "★ " : "☆ "}</span>
          {t("saveMunicipality")}
        </button>
        <button type="button" onClick={share}>
          {t("shareLink")}
        </button>
        <button type="button" onClick={copy}>
          {t("copyContacts")}
        </button>
        <a class="button-link" href={hashWithFilters(`/kommune/${props.number}/utskrift`, props.filters)}>
          {t("printCard")}
        </a>
      </div>
      <p class="tools__message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
