/** Downloads: coverage CSV and GeoJSON made on the device (work offline), and links to the register's HSDS files. */
import type { FeatureCollection, Geometry } from "geojson";
import { useState } from "preact/hooks";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { coverageCsv, coverageGeoJson } from "../../domain/coverage-export.ts";
import { downloadText } from "../../platform/download.ts";
import { loadTopology } from "../../platform/geometry-load.ts";
import type { CoverageData } from "./coverage-data.ts";
import { useCovT as useT } from "./i18n/index.ts";

/** The downloads section. */
export function Exports(props: { data: CoverageData }) {
  const t = useT();
  const { dataset, rows } = props.data;
  const [geoFailed, setGeoFailed] = useState(false);
  const base = `hjelpekart-dekning-${dataset.version}`;
  const csv = () => downloadText(`\ufeff${coverageCsv(rows)}`, `${base}.csv`, "text/csv;charset=utf-8");
  const geojson = async () => {
    const topology = await loadTopology(dataset.version);
    if (!topology) {
      setGeoFailed(true);
      return;
    }
    const features = feature(topology, topology.objects.kommuner as GeometryCollection) as FeatureCollection<Geometry>;
    downloadText(JSON.stringify(coverageGeoJson(features, rows)), `${base}.geojson`, "application/geo+json");
  };
  const hsds = import.meta.env.BASE_URL;
  // A bare `download` renders as download="true" in Preact, and the files would be saved as true.json.
  return (
    <section aria-labelledby="cov-exports" class="coverage__section exports">
      <h2 id="cov-exports">{t("covExports")}</h2>
      <p>{t("covExportNote")}</p>
      <p class="exports__buttons">
        <button type="button" onClick={csv} data-export="csv">
          {t("covExportCsv")}
        </button>
        <button type="button" onClick={() => void geojson()} data-export="geojson">
          {t("covExportGeojson")}
        </button>
      </p>
      {geoFailed ? <p role="alert">{t("covMapUnavailable")}</p> : null}
      <ul>
        <li>
          <a href={`${hsds}hsds/services.json`} download="hjelpekart-hsds-services.json">
            {t("covExportHsdsServices")}
          </a>
        </li>
        <li>
          <a href={`${hsds}hsds/organizations.json`} download="hjelpekart-hsds-organizations.json">
            {t("covExportHsdsOrganizations")}
          </a>
        </li>
        <li>
          <a href={`${hsds}hsds/coverage.csv`} download="hjelpekart-hsds-coverage.csv">
            {t("covExportHsdsCoverage")}
          </a>
        </li>
      </ul>
    </section>
  );
}
