/**
 * A municipality's page, answer first: the name, where to start, then the offers by group. Groups render their
 * cards only when open, so the largest municipality costs about as much to show as a small one.
 */
import type { ComponentChildren } from "preact";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { districtsOf, findDistrict, servicesForDistrict } from "../../domain/districts.ts";
import { type Filters, hasFilters, matchesFilters, NO_FILTERS, serializeFilters } from "../../domain/filters.ts";
import { localServices, nationalLines, OFFER_GROUPS, servicesFor } from "../../domain/offers.ts";
import type { Dataset, Service } from "../../domain/schema.ts";
import { readSavedMunicipalities, setMunicipalitySaved } from "../../platform/db.ts";
import { copyText, shareLink } from "../../platform/share.ts";
import { editorHref, reportHref } from "../contribute/route.ts";
import { GROUP_TITLES } from "../group-labels.ts";
import { LanguageContext, localeOf, useT } from "../i18n/index.ts";
import { NotFound } from "../not-found.tsx";
import { contactsText } from "./contacts-text.ts";
import { DistrictPicker } from "./DistrictPicker.tsx";
import { FilterForm } from "./FilterForm.tsx";
import { serviceOpenState } from "./hours.ts";
import { MunicipalityContact, NothingRegistered } from "./MunicipalityContact.tsx";
import { MunicipalityFacts } from "./MunicipalityFacts.tsx";
import { ServiceCard } from "./ServiceCard.tsx";
import { StartHere } from "./StartHere.tsx";
import { hashWithFilters, useFilters } from "./use-filters.ts";
import { useNow } from "./use-now.ts";

/** Up to this many local offers, every group starts open; above it, groups open on request. */
const OPEN_ALL_LIMIT = 8;

/** Id of the national group among the page's groups. */
const NATIONAL = "national";

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
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const now = useNow();
  const holidays = useMemo(() => new Set(props.dataset.holidays), [props.dataset]);
  const municipality = props.dataset.municipalities.find((m) => m.number === props.number);
  // The first screen (name, where to start, the tools) is painted on its own; the rest of a large page follows in
  // the next task, so a slow phone never spends one long stretch building all of it before anything shows.
  const [firstScreenOnly, setFirstScreenOnly] = useState(true);
  useEffect(() => setFirstScreenOnly(false), []);
  useEffect(() => {
    heading.current?.focus();
    setOpened({});
    if (municipality) document.title = `${municipality.nameNorwegian} – ${t("appName")}`;
  }, [props.number]);
  if (!municipality) {
    return (
      <NotFound title={t("notFound")} headingRef={heading}>
        <p>
          <a href="#/">{t("backToSearch")}</a>
        </p>
      </NotFound>
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
  const local = servicesForDistrict(localServices(props.dataset.services, municipality.number).current, district);
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
  const shownLocal = groups.flatMap((g) => g.services).filter((s) => s.status !== "reported-absent");
  const shownNational = national.filter((s) => s.status !== "reported-absent");
  const shownServices = [...shownLocal, ...shownNational];
  const county = props.dataset.counties.find((c) => c.number === municipality.county);
  // Small pages open every group; on large ones the person opens what they need, and only that is rendered.
  const openAll = shownLocal.length <= OPEN_ALL_LIMIT;
  const isGroupOpen = (id: string, fallback: boolean) => opened[id] ?? fallback;
  const toggle = (id: string, fallback: boolean) => setOpened({ ...opened, [id]: !isGroupOpen(id, fallback) });
  const nationalDefault = filters.type === "nasjonal" || local.length === 0;
  return (
    <article class="municipality" aria-labelledby="municipality-name">
      <h1 id="municipality-name" tabIndex={-1} ref={heading}>
        {municipality.name}
      </h1>
      <StartHere municipality={municipality} local={local} age={filters.age} />
      <Tools
        number={municipality.number}
        name={municipality.nameNorwegian}
        filters={filters}
        contacts={() =>
          contactsText(t("offersHeading", { municipality: municipality.nameNorwegian }), shownServices, locale, t)
        }
      />
      {firstScreenOnly ? null : (
        <>
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
          <FilterToggle
            filters={filters}
            onChange={(next) => setFilters({ ...next, district: filters.district })}
            key={props.number}
          />
          <p class="filters__count" role="status">
            {t("offerCountSplit", { local: shownLocal.length, national: shownNational.length })}
          </p>
          {filtered && shownServices.length === 0 ? (
            <p class="filters__none">
              {t("noMatches")}{" "}
              <button type="button" class="link-button" onClick={() => setFilters(NO_FILTERS)}>
                {t("clearFilters")}
              </button>
            </p>
          ) : null}
          <h2 class="municipality__offers">{t("offersHeading", { municipality: municipality.nameNorwegian })}</h2>
          {lowThresholdKnown ? null : <NothingRegistered place={district?.name ?? municipality.nameNorwegian} />}
          {groups.map((group) => {
            const fallback = openAll || filters.type === group.id;
            return (
              <OfferGroup
                key={group.id}
                group={group}
                open={isGroupOpen(group.id, fallback)}
                onToggle={() => toggle(group.id, fallback)}
                now={now}
                holidays={holidays}
                municipality={municipality.number}
              />
            );
          })}
          {national.length > 0 ? (
            <Disclosure
              id={NATIONAL}
              level={2}
              title={t("nationalHeading")}
              count={shownNational.length}
              open={isGroupOpen(NATIONAL, nationalDefault)}
              onToggle={() => toggle(NATIONAL, nationalDefault)}
            >
              {() =>
                national.map((service) => (
                  <ServiceCard
                    key={service.id}
                    service={service}
                    now={now}
                    holidays={holidays}
                    reportFrom={municipality.number}
                  />
                ))
              }
            </Disclosure>
          ) : null}
          <MunicipalityContact municipality={municipality} />
          <MunicipalityFacts municipality={municipality} county={county} />
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
          {history.length > 0 ? <History services={history} now={now} holidays={holidays} /> : null}
        </>
      )}
    </article>
  );
}

/** A section whose heading is a button that shows or hides it; the body is only rendered while open. */
function Disclosure(props: {
  id: string;
  level: 2 | 3;
  title: string;
  count: number;
  open: boolean;
  onToggle: () => void;
  children: () => ComponentChildren;
}) {
  const t = useT();
  const Heading = props.level === 2 ? "h2" : "h3";
  const body = `group-body-${props.id}`;
  return (
    <section class="offer-group" aria-labelledby={`group-${props.id}`}>
      <Heading class="offer-group__heading">
        <button
          type="button"
          id={`group-${props.id}`}
          class="offer-group__toggle"
          aria-expanded={props.open}
          aria-controls={body}
          onClick={props.onToggle}
        >
          <span class="offer-group__title">{props.title}</span>
          <span class="offer-group__count">{t("groupCount", { count: props.count })}</span>
        </button>
      </Heading>
      <div id={body} class="offer-group__body" hidden={!props.open}>
        {props.open ? props.children() : null}
      </div>
    </section>
  );
}

function OfferGroup(props: {
  group: ShownGroup;
  open: boolean;
  onToggle: () => void;
  now: Date;
  holidays: ReadonlySet<string>;
  municipality: string;
}) {
  const t = useT();
  const { group } = props;
  const available = group.services.filter((s) => s.status !== "reported-absent");
  const absent = group.services.filter((s) => s.status === "reported-absent");
  const card = (service: Service) => (
    <ServiceCard
      key={service.id}
      service={service}
      now={props.now}
      headingLevel={4}
      holidays={props.holidays}
      reportFrom={props.municipality}
    />
  );
  if (group.unknown) {
    // Nothing to open: the honest "not known" is said at once.
    return (
      <section class="offer-group offer-group--unknown" aria-labelledby={`group-${group.id}`}>
        <h3 id={`group-${group.id}`} class="offer-group__heading">
          {t(GROUP_TITLES[group.id])}
        </h3>
        <div class="offer-group__unknown">
          <p>
            <strong>{group.absent ? t("reportedAbsent") : t("unknownOffer")}</strong> {t("unknownOfferAdvice")}
          </p>
        </div>
        {absent.map(card)}
      </section>
    );
  }
  return (
    <Disclosure
      id={group.id}
      level={3}
      title={t(GROUP_TITLES[group.id])}
      count={available.length}
      open={props.open}
      onToggle={props.onToggle}
    >
      {() => [...available, ...absent].map(card)}
    </Disclosure>
  );
}

/** Older records, rendered only when the person opens them. */
function History(props: { services: Service[]; now: Date; holidays: ReadonlySet<string> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details class="history" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t("historyHeading")}</summary>
      {open
        ? props.services.map((service) => (
            <ServiceCard
              key={service.id}
              service={service}
              now={props.now}
              headingLevel={4}
              holidays={props.holidays}
            />
          ))
        : null}
    </details>
  );
}

/** The filters behind one "Filter (n)" control; n is the number of filters in use. */
function FilterToggle(props: { filters: Filters; onChange: (filters: Filters) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The district is where the person lives, chosen above: it is not counted as a filter.
  const count = [...new URLSearchParams(serializeFilters({ ...props.filters, district: undefined })).keys()].length;
  return (
    <div class="filter-toggle">
      <button
        type="button"
        class="filter-toggle__button"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen(!open)}
      >
        {t("filterToggle", { count })}
      </button>
      <div id="filter-panel" hidden={!open}>
        {open ? <FilterForm filters={props.filters} onChange={props.onChange} /> : null}
      </div>
    </div>
  );
}

/** Save, share, copy contacts and print, as one compact row: what a school nurse needs from the page. */
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
          {t("copyShort")}
        </button>
        <a class="button-link" href={hashWithFilters(`/kommune/${props.number}/utskrift`, props.filters)}>
          {t("printShort")}
        </a>
      </div>
      <p class="tools__message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
