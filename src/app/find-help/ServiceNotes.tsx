/** What a resident must know about a service beyond its contacts: referral, cost and caveats, always in words. */
import { useContext } from "preact/hooks";
import type { Service } from "../../domain/schema.ts";
import { AreaNamesContext } from "../area-names.ts";
import type { MessageKey, useT } from "../i18n/index.ts";

const REFERRAL_KEYS: Record<Service["referral"], MessageKey> = {
  "not-needed": "referral_not_needed",
  needed: "referral_needed",
  unknown: "referral_unknown",
};

const COST_KEYS: Record<Service["cost"], MessageKey> = {
  free: "free",
  paid: "costPaid",
  unknown: "cost_unknown",
};

/** Referral and cost as text; unknown is written out ("ukjent om du trenger henvisning"), never left blank. */
export function referralAndCost(service: Service, t: ReturnType<typeof useT>): string[] {
  return [t(REFERRAL_KEYS[service.referral]), t(COST_KEYS[service.cost])];
}

/** The service's caveats, one translated sentence each; nothing when there are none. */
export function ServiceCaveats(props: { service: Service; t: ReturnType<typeof useT> }) {
  const areaNames = useContext(AreaNamesContext);
  const { service, t } = props;
  const caveats = service.caveats ?? [];
  if (caveats.length === 0) return null;
  return (
    <ul class="service__caveats">
      {caveats.map((caveat) => (
        <li key={caveat}>
          {caveat === "residents-only"
            ? t("caveat_residents-only", { municipalities: areaNames(service.area.municipalities) })
            : t(`caveat_${caveat}`)}
        </li>
      ))}
    </ul>
  );
}
