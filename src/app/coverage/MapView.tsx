/** The map view: legend and help around the lazily loaded Leaflet map (its own chunk, never loaded by search). */
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { COVERAGE_STATES, summarize } from "../../domain/coverage.ts";
import { type CoverageChoice, cellFor } from "../../domain/coverage-rows.ts";
import { norwegianCollator } from "../../domain/text.ts";
import { loadTopology } from "../../platform/geometry-load.ts";
import { municipalityHref } from "../find-help/route.ts";
import { LanguageContext } from "../i18n/index.ts";
import type { CoverageData } from "./coverage-data.ts";
import { useCovT as useT } from "./i18n/index.ts";
import { choiceKey, stateHelpKey, stateKey, useCellLabel } from "./labels.ts";
import type { CoverageMap, MapCell } from "./map/map.ts";
import { coverageHref } from "./route.ts";

/** The map view. */
export function MapView(props: { data: CoverageData; choice: CoverageChoice }) {
  const t = useT();
  const cellLabel = useCellLabel();
  const language = useContext(LanguageContext);
  const { dataset, rows, table } = props.data;
  const container = useRef<HTMLDivElement>(null);
  const drawn = useRef<CoverageMap | undefined>(undefined);
  const [status, setStatus] = useState<"loading" | "ready" | "unavailable">("loading");

  const cells = useMemo(
    () =>
      new Map<string, MapCell>(
        rows.map(({ municipality, coverage }) => {
          const cell = cellFor(coverage, props.choice);
          return [
            municipality.number,
            { state: cell.state, stale: cell.stale, label: cellLabel(municipality.nameNorwegian, cell) },
          ];
        }),
      ),
    // Labels follow the language, so it is a dependency too.
    [rows, props.choice, language],
  );
  const latest = useRef(cells);
  latest.current = cells;

  useEffect(() => {
    performance.mark("map-open");
    let cancelled = false;
    void Promise.all([loadTopology(dataset.version), import("./map/map.ts")]).then(
      ([topology, { drawCoverageMap }]) => {
        if (cancelled || !container.current) return;
        if (!topology) {
          setStatus("unavailable");
          return;
        }
        const order = [...rows]
          .sort((a, b) => norwegianCollator().compare(a.municipality.nameNorwegian, b.municipality.nameNorwegian))
          .map((row) => row.municipality.number);
        drawn.current = drawCoverageMap({
          container: container.current,
          topology,
          cells: latest.current,
          order,
          onOpen: (number) => {
            location.hash = municipalityHref(number).slice(1);
          },
          zoomInTitle: t("covZoomIn"),
          zoomOutTitle: t("covZoomOut"),
          attribution: t("covMapAttribution"),
        });
        setStatus("ready");
      },
      () => {
        if (!cancelled) setStatus("unavailable");
      },
    );
    return () => {
      cancelled = true;
      drawn.current?.destroy();
      drawn.current = undefined;
    };
  }, [dataset.version]);

  useEffect(() => {
    drawn.current?.update(cells);
  }, [cells]);

  const summary = summarize(dataset.municipalities, table, props.choice);
  return (
    <>
      <p id="map-help" class="coverage__note">
        {t("covMapHelp")} <a href={coverageHref("table", { choice: props.choice })}>{t("covTabTable")}</a>
      </p>
      <div class="map-layout">
        <section
          class="map-frame"
          aria-label={`${t("covMapTitle")}: ${t(choiceKey(props.choice))}`}
          aria-describedby="map-help"
        >
          {status === "loading" ? (
            <p role="status" class="map-status">
              {t("covMapLoading")}
            </p>
          ) : null}
          {status === "unavailable" ? (
            <p role="alert" class="map-status">
              {t("covMapUnavailable")}
            </p>
          ) : null}
          <div ref={container} class="coverage-map" data-status={status} />
        </section>
        <aside class="legend" aria-labelledby="legend-title">
          <h2 id="legend-title">{t("covLegend")}</h2>
          <p class="legend__choice">{t(choiceKey(props.choice))}</p>
          <ul class="legend__list">
            {COVERAGE_STATES.map((state) => (
              <li key={state}>
                <span class={`swatch swatch--${state}`} aria-hidden="true" />
                <span>
                  <a href={coverageHref("table", { choice: props.choice, state })}>
                    <strong>{t(stateKey(state))}</strong> ({summary.byState[state].municipalities})
                  </a>
                  <br />
                  <span class="legend__help">{t(stateHelpKey(state))}</span>
                </span>
              </li>
            ))}
            <li>
              <span class="swatch swatch--confirmed swatch--stale" aria-hidden="true" />
              <span class="legend__help">{t("covStaleHelp")}</span>
            </li>
          </ul>
        </aside>
      </div>
    </>
  );
}
