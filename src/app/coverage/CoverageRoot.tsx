/** The coverage section: shared coverage figures, the view tabs, the offer choice, and the chosen view. */
import { useEffect, useMemo, useRef } from "preact/hooks";
import { coverageTable } from "../../domain/coverage.ts";
import { COVERAGE_CHOICES, type CoverageChoice, coverageRows } from "../../domain/coverage-rows.ts";
import type { Dataset } from "../../domain/schema.ts";
import type { CoverageData } from "./coverage-data.ts";
import { DashboardView } from "./DashboardView.tsx";
import { useCovT as useT } from "./i18n/index.ts";
import { choiceKey } from "./labels.ts";
import { MapView } from "./MapView.tsx";
import { ReportCard } from "./ReportCard.tsx";
import { type CoverageRoute, type CoverageView, coverageHref, DEFAULT_CHOICE, parseCoverageRoute } from "./route.ts";
import "./coverage.css";
import { TableView } from "./TableView.tsx";

/** Root of the coverage views (lazy chunk). */
export function CoverageRoot(props: { dataset: Dataset; hash: string }) {
  const t = useT();
  const { dataset } = props;
  // An unknown coverage path shows the dashboard rather than nothing.
  const route: CoverageRoute = parseCoverageRoute(props.hash) ?? {
    name: "coverage",
    view: "dashboard",
    choice: DEFAULT_CHOICE,
  };
  const data = useMemo<CoverageData>(() => {
    const now = new Date();
    const table = coverageTable(dataset, { now });
    return { dataset, table, rows: coverageRows(dataset, table), now };
  }, [dataset]);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleKey = route.view === "map" ? "covMapTitle" : route.view === "table" ? "covTableTitle" : "covTitle";
  useEffect(() => {
    heading.current?.focus();
  }, [route.view, route.number]);
  useEffect(() => {
    if (route.view !== "report") document.title = `${t(titleKey)} – ${t("appName")}`;
  });

  if (route.view === "report") return <ReportCard data={data} route={route} />;
  return (
    <div class="coverage coverage-wide">
      <h1 tabIndex={-1} ref={heading} id="coverage-title">
        {t(titleKey)}
      </h1>
      <nav class="coverage__tabs" aria-label={t("covViews")}>
        {(["dashboard", "map", "table"] as const).map((view) => (
          <a
            key={view}
            class="coverage__tab"
            href={coverageHref(view, { choice: route.choice })}
            aria-current={route.view === view ? "page" : undefined}
          >
            {t(view === "dashboard" ? "covTabDashboard" : view === "map" ? "covTabMap" : "covTabTable")}
          </a>
        ))}
      </nav>
      <ChoicePicker route={route} />
      {route.view === "map" ? (
        <MapView data={data} choice={route.choice} />
      ) : route.view === "table" ? (
        <TableView data={data} route={route} />
      ) : (
        <DashboardView data={data} choice={route.choice} />
      )}
    </div>
  );
}

/** Choosing the offer changes the link, so the choice travels with deep links and history. */
function ChoicePicker(props: { route: CoverageRoute }) {
  const t = useT();
  const { route } = props;
  const go = (choice: CoverageChoice) => {
    location.hash = coverageHref(route.view as CoverageView, { ...route, choice }).slice(1);
  };
  return (
    <p class="coverage__choice">
      <label for="coverage-choice">{t("covChoice")}</label>
      <select
        id="coverage-choice"
        value={route.choice}
        onChange={(event) => go((event.currentTarget as HTMLSelectElement).value as CoverageChoice)}
      >
        {COVERAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(choiceKey(choice))}
          </option>
        ))}
      </select>
    </p>
  );
}
