/** The municipality itself as a contact point: its website with the source named, or why no address is shown. */
import { safeHref } from "../../domain/links.ts";
import type { Municipality } from "../../domain/schema.ts";
import { useT } from "../i18n/index.ts";

/** The municipality's website as a sourced contact point; says so when the sources disagreed and none is shown. */
export function MunicipalityContact(props: { municipality: Municipality }) {
  const t = useT();
  const { municipality } = props;
  const href = municipality.website ? safeHref(municipality.website) : undefined;
  return (
    <section class="municipality-contact" aria-labelledby="municipality-contact-heading">
      <h2 id="municipality-contact-heading">{t("contactHeading")}</h2>
      {href ? (
        <>
          <p>
            <a href={href} rel="noopener noreferrer">
              {t("contactWebsite", { municipality: municipality.nameNorwegian })}: {host(href)}
            </a>
          </p>
          <p class="municipality-contact__source">{t("contactSource")}</p>
        </>
      ) : (
        <p>{t("contactUnconfirmed", { municipality: municipality.nameNorwegian })}</p>
      )}
    </section>
  );
}

/** What to do when no low-threshold offer is registered: what to ask the municipality for, and 116 117 now. */
export function NothingRegistered(props: { place: string }) {
  const t = useT();
  return (
    <div class="offer-group__unknown nothing-registered">
      <p>
        <strong>{t("nothingRegistered", { municipality: props.place })}</strong>
      </p>
      <p>{t("nothingRegisteredAsk")}</p>
      <p>
        {t("nothingRegisteredUrgent")} <a href="tel:116117">116 117</a>
      </p>
    </div>
  );
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
