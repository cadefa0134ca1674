/** The accessible equivalent of the map: every municipality with its state per offer group, sortable and filterable. */
import { useMemo, useState } from "preact/hooks";
import { COVERAGE_GROUPS, COVERAGE_STATES, type CoverageCell } from "../../domain/coverage.ts";
import {
  filterRows,
  type SortDirection,
  type SortKey,
  type StateFilter,
  sortRows,
} from "../../domain/coverage-rows.ts";
import { norwegianCollator } from "../../domain/text.ts";
import { municipalityHref } from "../find-help/route.ts";
import type { CoverageData } from "./coverage-data.ts";
import { Exports } from "./Exports.tsx";
import { type AnyMessageKey, useCovT as useT } from "./i18n/index.ts";
import { choiceKey, stateKey, stateShortKey, useFormat } from "./labels.ts";
import { type CoverageRoute, coverageHref } from "./route.ts";

/** The table view; filters live in the link (replaced, not pushed) so a filtered table can be shared. */
export function TableView(props: { data: CoverageData; route: CoverageRoute }) {
  const t = useT();
  const f = useFormat();
  const { dataset, rows } = props.data;
  const { route } = props;
  const [county, setCounty] = useState(route.county ?? "");
  const [state, setState] = useState<StateFilter | "">(route.state ?? "");
  const [query, setQuery] = useState(route.query ?? "");
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "name", direction: "ascending" });

  const update = (next: { county?: string; state?: StateFilter | ""; query?: string }) => {
    const merged = { county, state, query, ...next };
    history.replaceState(
      null,
      "",
      coverageHref("table", {
        choice: route.choice,
        county: merged.county || undefined,
        state: merged.state || undefined,
        query: merged.query || undefined,
      }),
    );
  };
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(rows, { choice: route.choice, county, state: state || undefined, query }),
        sort.key,
        sort.direction,
        norwegianCollator(),
      ),
    [rows, route.choice, county, state, query, sort],
  );
  const counties = [...dataset.counties].sort((a, b) => norwegianCollator().compare(a.shortName, b.shortName));
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: "name", label: t("covMunicipality") },
    { key: "number", label: t("covNumber"), numeric: true },
    { key: "county", label: t("county") },
    { key: "population", label: t("population"), numeric: true },
    ...COVERAGE_GROUPS.map((group) => ({ key: group as SortKey, label: t(choiceKey(group)) })),
  ];
  const onSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === "ascending" ? "descending" : "ascending",
    }));

  return (
    <>
      <p>{t("covTableIntro")}</p>
      <p class="coverage__note">{t("covUnknownNote")}</p>
      <div class="table-filters">
        <label>
          <span>{t("covFilterCounty")}</span>
          <select
            id="filter-county"
            value={county}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              setCounty(value);
              update({ county: value });
            }}
          >
            <option value="">{t("covFilterAll")}</option>
            {counties.map((c) => (
              <option key={c.number} value={c.number}>
                {c.shortName}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("covFilterState")}</span>
          <select
            id="filter-state"
            value={state}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value as StateFilter | "";
              setState(value);
              update({ state: value });
            }}
          >
            <option value="">{t("covFilterAll")}</option>
            {COVERAGE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(stateKey(s))}
              </option>
            ))}
            <option value="gap">{t("covFilterGap")}</option>
            <option value="stale">{t("covFilterStale")}</option>
          </select>
        </label>
        <label>
          <span>{t("covFilterName")}</span>
          <input
            id="filter-name"
            type="search"
            autocomplete="off"
            value={query}
            onInput={(event) => {
              const value = (event.currentTarget as HTMLInputElement).value;
              setQuery(value);
              update({ query: value });
            }}
          />
        </label>
      </div>
      <p role="status" class="table-filters__count">
        {t("covTableCount", { count: shown.length, total: rows.length })} · {t(choiceKey(route.choice))}
      </p>
      <div class="table-scroll">
        <table class="coverage-table coverage-table--all" id="coverage-table">
          <caption id="coverage-table-caption">{t("covTableCaption")}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  class={column.numeric ? "num" : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button type="button" class="sort" onClick={() => onSort(column.key)} data-sort={column.key}>
                    {column.label}
                    <span aria-hidden="true" class="sort__icon">
                      {sort.key === column.key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{t("covReport")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ municipality, county: c, coverage }) => (
              <tr key={municipality.number} data-municipality={municipality.number}>
                <th scope="row">
                  <a href={municipalityHref(municipality.number)}>{municipality.nameNorwegian}</a>
                </th>
                <td class="num" data-label={t("covNumber")}>
                  {municipality.number}
                </td>
                <td data-label={t("county")}>{c?.shortName}</td>
                <td class="num" data-label={t("population")}>
                  {f.number(municipality.population)}
                </td>
                {COVERAGE_GROUPS.map((group) => (
                  <td key={group} data-label={t(choiceKey(group))}>
                    <StateCell cell={coverage[group]} />
                  </td>
                ))}
                <td class="coverage-table__report">
                  <a
                    href={coverageHref("report", { number: municipality.number, choice: route.choice })}
                    aria-label={t("covReportFor", { name: municipality.nameNorwegian })}
                  >
                    {t("covReport")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Exports data={props.data} />
    </>
  );
}

/** A state as a coloured marker plus text, with the verified date (ISO, compact) and a stale flag underneath. */
export function StateCell(props: { cell: CoverageCell; long?: boolean; hideDate?: boolean }) {
  const t = useT();
  const { cell } = props;
  const label: AnyMessageKey = props.long ? stateKey(cell.state) : stateShortKey(cell.state);
  return (
    <span class={`state state--${cell.state}${cell.stale ? " state--stale" : ""}`}>
      <span class={`swatch swatch--${cell.state}${cell.stale ? " swatch--stale" : ""}`} aria-hidden="true" />
      <span class="state__label">{t(label)}</span>
      {cell.verified && !props.hideDate ? (
        <time class="state__date" dateTime={cell.verified}>
          {cell.verified}
        </time>
      ) : null}
      {cell.stale ? <span class="state__stale">{t("covStale")}</span> : null}
    </span>
  );
}
