/** A printable one-page report card of one municipality's coverage: states, the records and sources behind them, and the neighbours. */
import { useEffect, useRef, useState } from "preact/hooks";
import { COVERAGE_GROUPS } from "../../domain/coverage.ts";
import { cellFor } from "../../domain/coverage-rows.ts";
import { formatPartialDate, partialDateEnd } from "../../domain/dates.ts";
import { safeHref } from "../../domain/links.ts";
import type { Service } from "../../domain/schema.ts";
import { norwegianCollator } from "../../domain/text.ts";
import { loadTopology } from "../../platform/geometry-load.ts";
import { printPage } from "../../platform/print.ts";
import { MunicipalityFacts } from "../find-help/MunicipalityFacts.tsx";
import { municipalityHref } from "../find-help/route.ts";
import { NotFound } from "../not-found.tsx";
import type { CoverageData } from "./coverage-data.ts";
import { useCovT as useT } from "./i18n/index.ts";
import { choiceKey, stateShortKey, useFormat } from "./labels.ts";
import { neighbourMap } from "./neighbours.ts";
import { type CoverageRoute, coverageHref } from "./route.ts";
import { StateCell } from "./TableView.tsx";

/** Neighbours are compared on municipal offers; voluntary ones are not the municipality's (and the card must fit one page). */
const NEIGHBOUR_GROUPS = COVERAGE_GROUPS.filter((group) => group !== "voluntary");

/** Records listed per offer group, newest first, so the card stays one printed page; the rest are on the municipality page. */
const RECORDS_PER_GROUP = 2;

function newestFirst(a: string | undefined, b: string | undefined): number {
  return (b ? partialDateEnd(b).getTime() : 0) - (a ? partialDateEnd(a).getTime() : 0);
}

/** The report card view. */
export function ReportCard(props: { data: CoverageData; route: CoverageRoute }) {
  const t = useT();
  const f = useFormat();
  const { dataset, table } = props.data;
  const number = props.route.number ?? "";
  const municipality = dataset.municipalities.find((m) => m.number === number);
  const coverage = table.get(number);
  const heading = useRef<HTMLHeadingElement>(null);
  const [neighbours, setNeighbours] = useState<string[] | "loading" | "unavailable">("loading");

  useEffect(() => {
    heading.current?.focus();
    if (municipality) document.title = `${t("covReportTitle", { name: municipality.nameNorwegian })} – ${t("appName")}`;
    let cancelled = false;
    setNeighbours("loading");
    void loadTopology(dataset.version).then((topology) => {
      if (!cancelled) setNeighbours(topology ? (neighbourMap(topology).get(number) ?? []) : "unavailable");
    });
    return () => {
      cancelled = true;
    };
  }, [number, dataset.version]);

  if (!municipality || !coverage) {
    return (
      <NotFound title={t("notFound")} headingRef={heading}>
        <p>
          <a href={coverageHref("dashboard", { choice: props.route.choice })}>{t("covBack")}</a>
        </p>
      </NotFound>
    );
  }
  const county = dataset.counties.find((c) => c.number === municipality.county);
  const services = new Map(dataset.services.map((s) => [s.id, s]));
  const neighbourRows =
    typeof neighbours === "string"
      ? []
      : neighbours
          .map((n) => dataset.municipalities.find((m) => m.number === n))
          .filter((m) => m !== undefined)
          .sort((a, b) => norwegianCollator().compare(a.nameNorwegian, b.nameNorwegian));
  const goal = cellFor(coverage, "any-low-threshold");

  return (
    <article class="report coverage-wide" aria-labelledby="report-title">
      <p class="report__actions">
        <a href={coverageHref("dashboard", { choice: props.route.choice })}>← {t("covBack")}</a>
        <button type="button" class="report__print" onClick={printPage}>
          {t("covReportPrint")}
        </button>
      </p>
      <h1 id="report-title" tabIndex={-1} ref={heading}>
        {t("covReportTitle", { name: municipality.name })}
      </h1>
      <MunicipalityFacts municipality={municipality} county={county}>
        <div>
          <dt>{t("covChoiceAny")}</dt>
          <dd>
            <StateCell cell={goal} long />
          </dd>
        </div>
      </MunicipalityFacts>
      <p class="coverage__note">{t("covUnknownNote")}</p>
      <table class="coverage-table report__table">
        <thead>
          <tr>
            <th scope="col">{t("covChoice")}</th>
            <th scope="col">{t("covReportState")}</th>
            <th scope="col">{t("covReportVerified")}</th>
            <th scope="col">{t("covReportSources")}</th>
          </tr>
        </thead>
        <tbody>
          {COVERAGE_GROUPS.map((group) => {
            const cell = coverage[group];
            const records = cell.serviceIds
              .map((id) => services.get(id))
              .filter((s) => s !== undefined)
              .sort((a, b) => newestFirst(a.verified, b.verified));
            const shown = records.slice(0, RECORDS_PER_GROUP);
            return (
              <tr key={group} data-group={group}>
                <th scope="row">{t(choiceKey(group))}</th>
                <td>
                  <StateCell cell={cell} long hideDate />
                </td>
                <td>
                  {cell.verified
                    ? formatPartialDate(cell.verified, f.locale)
                    : cell.state === "unknown"
                      ? "–"
                      : t("covUndated")}
                </td>
                <td>
                  {records.length > 0 ? (
                    <ul class="report__records">
                      {shown.map((service) => (
                        <Record key={service.id} service={service} locale={f.locale} />
                      ))}
                      {records.length > shown.length ? (
                        <li>
                          <a href={municipalityHref(municipality.number)}>
                            {t("covReportMore", { count: records.length - shown.length })}
                          </a>
                        </li>
                      ) : null}
                    </ul>
                  ) : (
                    t("covReportNoRecords")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <section aria-labelledby="report-neighbours">
        <h2 id="report-neighbours">{t("covReportNeighbours")}</h2>
        {neighbours === "unavailable" ? (
          <p>{t("covReportNoNeighbours")}</p>
        ) : neighbours === "loading" ? null : neighbourRows.length === 0 ? (
          <p>{t("covReportNoNeighboursFound")}</p>
        ) : (
          <table class="coverage-table report__neighbours">
            <thead>
              <tr>
                <th scope="col">{t("covMunicipality")}</th>
                {NEIGHBOUR_GROUPS.map((group) => (
                  <th key={group} scope="col">
                    {t(choiceKey(group))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {neighbourRows.map((m) => {
                const other = table.get(m.number)!;
                return (
                  <tr key={m.number}>
                    <th scope="row">
                      <a href={coverageHref("report", { number: m.number, choice: props.route.choice })}>
                        {m.nameNorwegian}
                      </a>
                    </th>
                    {NEIGHBOUR_GROUPS.map((group) => (
                      <td key={group}>
                        <span class={`swatch swatch--${other[group].state}`} aria-hidden="true" />
                        {t(stateShortKey(other[group].state))}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <p class="report__links">
        <a href={municipalityHref(municipality.number)}>{t("covReportOpen", { name: municipality.nameNorwegian })}</a>
      </p>
      <p class="report__generated">
        {t("covReportGenerated", {
          version: dataset.version,
          date: new Intl.DateTimeFormat(f.locale, { dateStyle: "long" }).format(new Date(dataset.builtAt)),
          today: new Intl.DateTimeFormat(f.locale, { dateStyle: "long" }).format(new Date()),
        })}
      </p>
    </article>
  );
}

function Record(props: { service: Service; locale: string }) {
  const t = useT();
  const { service } = props;
  return (
    <li>
      <strong>{service.name}</strong>
      {service.provider ? ` – ${service.provider}` : ""}
      <br />
      <span class="report__source">
        {t("source")}: {service.source.dateText}
        {service.verified ? ` (${formatPartialDate(service.verified, props.locale)})` : ` (${t("covUndated")})`}
        {service.source.urls.map((url) => {
          const href = safeHref(url);
          return (
            <span key={url} class="report__url">
              {" "}
              {href ? <a href={href}>{url}</a> : url}
            </span>
          );
        })}
      </span>
    </li>
  );
}
