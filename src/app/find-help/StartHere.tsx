/** "Start here": the best local next step for the chosen age group, before anything else on the page. */
import type { AgeGroup } from "../../domain/filters.ts";
import { safeHref } from "../../domain/links.ts";
import { formatPhone, telHref } from "../../domain/phone.ts";
import type { Municipality, Service } from "../../domain/schema.ts";
import { startHere } from "../../domain/start-here.ts";
import { useT } from "../i18n/index.ts";

const LEGEVAKT = "116117";

/** The start-here block: a confirmed local offer with a tap-to-call or link, else the municipality's own contact. */
export function StartHere(props: { municipality: Municipality; local: readonly Service[]; age?: AgeGroup }) {
  const t = useT();
  const offer = startHere(props.local, props.age);
  const website = props.municipality.website ? safeHref(props.municipality.website) : undefined;
  const phone = offer?.contacts.find((c) => c.kind === "phone");
  const link = offer?.contacts.find((c) => c.kind === "web" || c.kind === "chat");
  return (
    <section class="start-here" aria-labelledby="start-here-title">
      <h2 id="start-here-title" class="start-here__title">
        {t("startHereTitle")}
      </h2>
      {offer ? (
        <div class="start-here__offer">
          <p class="start-here__lead">{t("startHereOffer")}</p>
          <p class="start-here__name">{offer.name}</p>
          <p class="start-here__actions">
            {phone && phone.kind === "phone" ? (
              <a class="start-here__call" href={telHref(phone.number)}>
                {t("call", { number: formatPhone(phone.number) })}
              </a>
            ) : null}
            {link && "url" in link && safeHref(link.url) ? (
              <a class="start-here__link" href={safeHref(link.url)} rel="noopener noreferrer">
                {t(link.kind === "chat" ? "chat" : "website")}: {host(link.url)}
              </a>
            ) : null}
          </p>
        </div>
      ) : (
        <p>{website ? t("startHereNone") : t("startHereNoWebsite")}</p>
      )}
      {website ? (
        <p class="start-here__website">
          <a href={website} rel="noopener noreferrer">
            {t("municipalityWebsite")}: {host(website)}
          </a>
        </p>
      ) : null}
      <p class="start-here__legevakt">
        <a href={telHref(LEGEVAKT)}>{t("legevaktLine", { number: formatPhone(LEGEVAKT) })}</a>
      </p>
    </section>
  );
}

/** Host name without "www.", for link text. */
export function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
