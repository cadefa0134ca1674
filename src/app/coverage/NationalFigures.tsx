/** National figures as context for our own count, each with its date and source as printed. */
import figuresJson from "../../../data/national-figures.json";
import { nationalContext } from "../../domain/coverage-context.ts";
import { safeHref } from "../../domain/links.ts";
import type { NationalFigure } from "../../domain/national-figure.ts";
import type { CoverageData } from "./coverage-data.ts";
import { useCovT as useT } from "./i18n/index.ts";

// Checked against the schema by the data tests (tests/unit/build/curated-register.test.ts).
const FIGURES = figuresJson as NationalFigure[];

/** One block per topic: the figures the sources print, then what we have evidence for. */
export function NationalFigures(props: { data: CoverageData }) {
  const t = useT();
  const topics = nationalContext(FIGURES, props.data.dataset, props.data.table);
  return (
    <section aria-labelledby="cov-national" class="coverage__section">
      <h2 id="cov-national">{t("covNationalHeading")}</h2>
      <p>{t("covNationalIntro")}</p>
      {topics.map((topic) => (
        <div key={topic.topic} class="national-topic" data-topic={topic.topic}>
          <h3>{topic.topic}</h3>
          <ul>
            {topic.figures.map((figure) => (
              <li key={figure.id}>
                {t("covNationalFigure", { figure: figure.figure, asOf: figure.asOf })}{" "}
                {figure.sourceUrls.map((url) => {
                  const href = safeHref(url);
                  return href?.startsWith("https:") ? (
                    <a key={url} href={href} rel="noopener noreferrer">
                      {new URL(url).hostname.replace(/^www\./, "")}
                    </a>
                  ) : (
                    <span key={url}>{url}</span>
                  );
                })}
              </li>
            ))}
          </ul>
          {topic.ours ? (
            <p data-figure={`ours-${topic.group}`}>
              <strong>
                {topic.ours.districts > 0
                  ? t("covNationalOursDistricts", {
                      count: topic.ours.confirmed,
                      districts: topic.ours.districts,
                      recent: topic.ours.recent,
                    })
                  : t("covNationalOurs", { count: topic.ours.confirmed, recent: topic.ours.recent })}
              </strong>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
