/** The filter form of a municipality page: a real form with labels; every change applies at once. */
import { AGE_GROUPS, type Filters, hasFilters, NO_FILTERS, TOPICS, TYPE_FILTERS } from "../../domain/filters.ts";
import type { OfferGroupId } from "../../domain/offers.ts";
import { GROUP_TITLES } from "../group-labels.ts";
import { type MessageKey, useT } from "../i18n/index.ts";

const TYPE_TITLES: Record<OfferGroupId | "nasjonal", MessageKey> = { ...GROUP_TITLES, nasjonal: "type_nasjonal" };

/** Age, topic, type, no referral and open now. */
export function FilterForm(props: { filters: Filters; onChange: (filters: Filters) => void }) {
  const t = useT();
  const { filters } = props;
  const set = (patch: Partial<Filters>) => {
    const next: Filters = { ...filters, ...patch };
    // An emptied select means "all": drop the key rather than keep an empty value.
    for (const key of ["age", "topic", "type"] as const) if (!next[key]) delete next[key];
    props.onChange(next);
  };
  const value = (event: Event) => (event.currentTarget as HTMLSelectElement).value;
  const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;
  return (
    <form class="filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t("filtersLegend")}</legend>
        <div class="filters__selects">
          <label>
            <span>{t("filterAge")}</span>
            <select
              id="filter-age"
              value={filters.age ?? ""}
              onChange={(e) => set({ age: (value(e) || undefined) as Filters["age"] })}
            >
              <option value="">{t("ageAll")}</option>
              {AGE_GROUPS.map((age) => (
                <option key={age} value={age}>
                  {t(`age_${age}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t("filterTopic")}</span>
            <select
              id="filter-topic"
              value={filters.topic ?? ""}
              onChange={(e) => set({ topic: (value(e) || undefined) as Filters["topic"] })}
            >
              <option value="">{t("topicAll")}</option>
              {(Object.keys(TOPICS) as (keyof typeof TOPICS)[]).map((topic) => (
                <option key={topic} value={topic}>
                  {t(`topic_${topic}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t("filterType")}</span>
            <select
              id="filter-type"
              value={filters.type ?? ""}
              onChange={(e) => set({ type: (value(e) || undefined) as Filters["type"] })}
            >
              <option value="">{t("typeAll")}</option>
              {TYPE_FILTERS.map((type) => (
                <option key={type} value={type}>
                  {t(TYPE_TITLES[type])}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="filters__checks">
          <label>
            <input
              type="checkbox"
              id="filter-no-referral"
              checked={filters.noReferral}
              onChange={(e) => set({ noReferral: checked(e) })}
            />
            <span>{t("filterNoReferral")}</span>
          </label>
          <label>
            <input
              type="checkbox"
              id="filter-open-now"
              checked={filters.openNow}
              aria-describedby="filter-open-now-hint"
              onChange={(e) => set({ openNow: checked(e) })}
            />
            <span>{t("filterOpenNow")}</span>
          </label>
        </div>
        <p id="filter-open-now-hint" class="filters__hint">
          {t("filterOpenNowHint")}
        </p>
        {hasFilters(filters) ? (
          <button type="button" onClick={() => props.onChange(NO_FILTERS)}>
            {t("clearFilters")}
          </button>
        ) : null}
      </fieldset>
    </form>
  );
}
