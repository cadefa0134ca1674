/** One service: how to reach it, who it is for, and where the information comes from. */
import { useContext } from "preact/hooks";
import { formatPartialDate, isStale } from "../../domain/dates.ts";
import { emailHref, safeHref } from "../../domain/links.ts";
import { formatPhone, smsHref, telHref } from "../../domain/phone.ts";
import type { Contact, Service } from "../../domain/schema.ts";
import { reportHref } from "../contribute/route.ts";
import { LanguageContext, localeOf, useT } from "../i18n/index.ts";
import { hoursLine, openStateText, serviceOpenState } from "./hours.ts";
import { referralAndCost, ServiceCaveats } from "./ServiceNotes.tsx";

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** A card for one service; `holidays` (ISO dates) make "open now" respect Norwegian public holidays. */
export function ServiceCard(props: {
  service: Service;
  now: Date;
  headingLevel?: 3 | 4;
  holidays?: ReadonlySet<string>;
  /** The municipality page the card is shown on: adds a "report an error" link for this offer there. */
  reportFrom?: string;
}) {
  const t = useT();
  const locale = localeOf(useContext(LanguageContext));
  const { service } = props;
  const Heading = props.headingLevel === 4 ? "h4" : "h3";
  const facts: string[] = [];
  if (service.statutory) facts.push(t("statutory"));
  facts.push(...referralAndCost(service, t));
  const ages = ageText(service, t);
  if (ages) facts.push(ages);
  const state =
    service.status === "active" ? serviceOpenState(service, props.holidays ?? NO_HOLIDAYS, props.now) : undefined;
  const hours = hoursLine(service, locale, t);
  return (
    <article class={`service service--${service.status}`}>
      <Heading class="service__name">{service.name}</Heading>
      {service.provider ? <p class="service__provider">{service.provider}</p> : null}
      <p class="service__status">{t(`status_${service.status}`)}</p>
      <ServiceCaveats service={service} t={t} />
      {state ? (
        <p class={`service__open service__open--${state.open ? "open" : "closed"}`}>
          {openStateText(state, props.now, locale, t)}
        </p>
      ) : null}
      {facts.length > 0 ? (
        <ul class="service__facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {service.audience ? <p class="service__audience">{service.audience}</p> : null}
      {service.description ? <p>{service.description}</p> : null}
      {service.area.districts?.length ? (
        <p>{t("servesDistricts", { districts: service.area.districts.join(", ") })}</p>
      ) : null}
      {service.contacts.length > 0 ? (
        <ul class="service__contacts">
          {service.contacts.map((contact) => (
            <li key={JSON.stringify(contact)}>
              <ContactLink contact={contact} />
            </li>
          ))}
        </ul>
      ) : null}
      {service.locations.map((location) => (
        <p key={location.address}>
          <span class="service__label">{t("address")}: </span>
          {location.name ? `${location.name}, ` : ""}
          {location.address}
        </p>
      ))}
      {hours ? (
        <p>
          <span class="service__label">{t("openingHours")}: </span>
          {hours}
        </p>
      ) : null}
      <footer class="service__source">
        <p>
          {service.verified ? t("verified", { date: formatPartialDate(service.verified, locale) }) : t("undated")}
          {!service.statutory && isStale(service.verified, props.now) ? (
            <>
              {" "}
              <strong class="service__stale">{t("stale")}</strong>
            </>
          ) : null}
        </p>
        <p>
          {/* The source's own date wording is maintainer material ("read through a third party"); the date shows above. */}
          {t("source")}:
        </p>
        <ul class="service__urls">
          {service.source.urls.map((url) => (
            <li key={url}>
              <SourceLink url={url} />
            </li>
          ))}
        </ul>
        {props.reportFrom ? (
          <p class="service__report">
            <a href={reportHref(props.reportFrom, service.id)}>{t("reportError")}</a>
          </p>
        ) : null}
      </footer>
    </article>
  );
}

function ageText(service: Service, t: ReturnType<typeof useT>): string | undefined {
  const { ageMin: min, ageMax: max } = service;
  if (min !== undefined && max !== undefined) return t("ages", { range: `${min}–${max}` });
  if (min !== undefined) return t("agesFrom", { min });
  if (max !== undefined) return t("agesTo", { max });
  return undefined;
}

/** A contact as a link, only through safe schemes. */
function ContactLink(props: { contact: Contact }) {
  const t = useT();
  const { contact } = props;
  const label = contact.label ? `${contact.label}: ` : "";
  switch (contact.kind) {
    case "phone":
      return (
        <a href={telHref(contact.number)}>
          {label}
          {t("call", { number: formatPhone(contact.number) })}
        </a>
      );
    case "sms":
      return (
        <a href={smsHref(contact.number)}>
          {label}
          {t("sms", { number: formatPhone(contact.number) })}
        </a>
      );
    case "email":
      return (
        <SafeLink href={emailHref(contact.address) ?? ""} text={`${label || `${t("email")}: `}${contact.address}`} />
      );
    case "web":
    case "chat":
      return (
        <SafeLink
          href={contact.url}
          text={`${label || `${t(contact.kind === "chat" ? "chat" : "website")}: `}${host(contact.url)}`}
        />
      );
  }
}

function SafeLink(props: { href: string; text: string }) {
  const href = safeHref(props.href);
  return href ? (
    <a href={href} rel="noopener noreferrer">
      {props.text}
    </a>
  ) : (
    <span>{props.text}</span>
  );
}

function SourceLink(props: { url: string }) {
  const t = useT();
  const href = safeHref(props.url);
  if (href?.startsWith("https:")) {
    return (
      <a href={href} rel="noopener noreferrer">
        {host(props.url)}
      </a>
    );
  }
  return (
    <span>
      {props.url} {t("sourceNotLinked")}
    </span>
  );
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
