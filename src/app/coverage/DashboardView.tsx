/** Dashboard: national progress toward the goal, by type and county, the gaps, and how fresh the evidence is. */
import { COVERAGE_STATES, type CoverageSummary, summarize } from "../../domain/coverage.ts";
import { COVERAGE_CHOICES, type CoverageChoice } from "../../domain/coverage-rows.ts";
import { countySummaries, findGaps, freshness } from "../../domain/coverage-stats.ts";
import type { Municipality } from "../../domain/schema.ts";
import { norwegianCollator } from "../../domain/text.ts";
import { editorHref } from "../contribute/route.ts";
import type { CoverageData } from "./coverage-data.ts";
import { Exports } from "./Exports.tsx";
import { Headline } from "./Headline.tsx";
import { useCovT as useT } from "./i18n/index.ts";
import { choiceKey, stateKey, stateShortKey, useFormat } from "./labels.ts";
import { NationalFigures } from "./NationalFigures.tsx";
import { coverageHref } from "./route.ts";

/** The dashboard view. */
export function DashboardView(props: { data: CoverageData; choice: CoverageChoice }) {
  const t = useT();
  const f = useFormat();
  const { dataset, table, now } = props.data;
  const { municipalities } = dataset;
  const goal = summarize(municipalities, table, "any-low-threshold");
  const confirmed = goal.byState.confirmed;
  const fresh = freshness(dataset.services, now);
  const choiceName = t(choiceKey(props.choice));
  const staleConfirmed = summarize(municipalities, table, props.choice).staleConfirmed;

  return (
    <>
      <p>{t("covIntro", { total: municipalities.length })}</p>
      <p class="coverage__note">{t("covUnknownNote")}</p>

      <section aria-labelledby="cov-progress" class="coverage__section">
        <h2 id="cov-progress">{t("covProgress")}</h2>
        <p class="coverage__headline">
          <a
            data-figure="goal-municipalities"
            href={coverageHref("table", { choice: "any-low-threshold", state: "confirmed" })}
          >
            {t("covProgressMunicipalities", {
              count: confirmed.municipalities,
              total: goal.municipalities,
              percent: f.share(confirmed.municipalities, goal.municipalities),
            })}
          </a>
        </p>
        <div class="progress" aria-hidden="true">
          <span
            style={{ width: `${((100 * confirmed.municipalities) / Math.max(goal.municipalities, 1)).toFixed(1)}%` }}
          />
        </div>
        <p>
          {t("covProgressPopulation", {
            percent: f.share(confirmed.population, goal.population),
            population: f.number(confirmed.population),
          })}
        </p>
        <Headline data={props.data} />
        <ByChoiceTable data={props.data} />
      </section>

      <NationalFigures data={props.data} />

      <section aria-labelledby="cov-county" class="coverage__section">
        <h2 id="cov-county">{t("covByCounty")}</h2>
        <CountyTable data={props.data} choice={props.choice} />
      </section>

      <section aria-labelledby="cov-gaps" class="coverage__section">
        <h2 id="cov-gaps">{t("covGaps")}</h2>
        <p>{t("covGapsIntro", { choice: choiceName })}</p>
        <GapLists municipalities={municipalities} data={props.data} choice={props.choice} />
      </section>

      <section aria-labelledby="cov-fresh" class="coverage__section">
        <h2 id="cov-fresh">{t("covFreshness")}</h2>
        <p data-figure="freshness">
          {t("covFreshnessText", {
            stale: fresh.stale,
            total: fresh.total,
            percent: f.share(fresh.stale, fresh.total),
          })}
        </p>
        <p>
          {t("covFreshnessConfirmed", { count: staleConfirmed })}{" "}
          <a href={coverageHref("table", { choice: props.choice, state: "stale" })}>{t("covShowStale")}</a>
        </p>
      </section>

      <Exports data={props.data} />
    </>
  );
}

function ByChoiceTable(props: { data: CoverageData }) {
  const t = useT();
  const f = useFormat();
  const { dataset, table } = props.data;
  return (
    <div class="table-scroll">
      <table class="coverage-table">
        <caption>
          <strong>{t("covByGroup")}</strong> – {t("covByGroupCaption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("covChoice")}</th>
            {COVERAGE_STATES.map((state) => (
              <th key={state} scope="col" class="num">
                <StateHeader state={state} />
              </th>
            ))}
            <th scope="col" class="num">
              {t("covPopulationShare")}
            </th>
          </tr>
        </thead>
        <tbody>
          {COVERAGE_CHOICES.map((choice) => {
            const summary = summarize(dataset.municipalities, table, choice);
            return (
              <tr key={choice}>
                <th scope="row">{t(choiceKey(choice))}</th>
                <StateCounts summary={summary} choice={choice} figurePrefix={choice} />
                <td class="num">{f.share(summary.byState.confirmed.population, summary.population)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CountyTable(props: { data: CoverageData; choice: CoverageChoice }) {
  const t = useT();
  const f = useFormat();
  const { dataset, table } = props.data;
  const national = summarize(dataset.municipalities, table, props.choice);
  return (
    <div class="table-scroll">
      <table class="coverage-table">
        <caption>{t("covByCountyCaption", { choice: t(choiceKey(props.choice)) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("county")}</th>
            <th scope="col" class="num">
              {t("covMunicipalities")}
            </th>
            {COVERAGE_STATES.map((state) => (
              <th key={state} scope="col" class="num">
                <StateHeader state={state} />
              </th>
            ))}
            <th scope="col" class="num">
              {t("covPopulationShare")}
            </th>
          </tr>
        </thead>
        <tbody>
          {countySummaries(dataset, table, props.choice).map(({ county, summary }) => (
            <tr key={county.number}>
              <th scope="row">
                <a href={coverageHref("table", { choice: props.choice, county: county.number })}>{county.shortName}</a>
              </th>
              <td class="num">{summary.municipalities}</td>
              <StateCounts summary={summary} choice={props.choice} county={county.number} />
              <td class="num">{f.share(summary.byState.confirmed.population, summary.population)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("covTotal")}</th>
            <td class="num">{national.municipalities}</td>
            <StateCounts summary={national} choice={props.choice} />
            <td class="num">{f.share(national.byState.confirmed.population, national.population)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function StateHeader(props: { state: (typeof COVERAGE_STATES)[number] }) {
  const t = useT();
  return (
    <span class="state-head">
      <span class={`swatch swatch--${props.state}`} aria-hidden="true" />
      <abbr title={t(stateKey(props.state))}>{t(stateShortKey(props.state))}</abbr>
    </span>
  );
}

/** One linked count per state: each figure opens the table filtered to the municipalities behind it. */
function StateCounts(props: {
  summary: CoverageSummary;
  choice: CoverageChoice;
  county?: string;
  figurePrefix?: string;
}) {
  return (
    <>
      {COVERAGE_STATES.map((state) => {
        const count = props.summary.byState[state].municipalities;
        return (
          <td key={state} class="num">
            {count > 0 ? (
              <a
                href={coverageHref("table", { choice: props.choice, county: props.county, state })}
                data-figure={props.figurePrefix ? `${state}-${props.figurePrefix}` : undefined}
              >
                {count}
              </a>
            ) : (
              <span data-figure={props.figurePrefix ? `${state}-${props.figurePrefix}` : undefined}>0</span>
            )}
          </td>
        );
      })}
    </>
  );
}

function GapLists(props: { municipalities: Municipality[]; data: CoverageData; choice: CoverageChoice }) {
  const t = useT();
  const gaps = findGaps(props.municipalities, props.data.table, props.choice);
  const lists = [
    ["reported-absent", gaps.reportedAbsent],
    ["inactive", gaps.inactive],
    ["statutory", gaps.statutory],
    ["unknown", gaps.unknown],
  ] as const;
  return (
    <>
      {lists.map(([state, list]) => (
        <details key={state} class="gaps" open={list.length > 0 && list.length <= 12}>
          <summary>
            <span class={`swatch swatch--${state}`} aria-hidden="true" />
            {t("covGapsCount", { label: t(stateKey(state)), count: list.length })}
          </summary>
          {list.length > 0 ? (
            <>
              <ul class="gaps__list">
                {[...list]
                  .sort((a, b) => norwegianCollator().compare(a.nameNorwegian, b.nameNorwegian))
                  .map((m) => (
                    <li key={m.number}>
                      <a href={coverageHref("report", { number: m.number, choice: props.choice })}>{m.nameNorwegian}</a>
                      {state === "unknown" ? (
                        <>
                          {" · "}
                          <a href={editorHref(m.number)}>{t("covDescribeOffers")}</a>
                        </>
                      ) : null}
                    </li>
                  ))}
              </ul>
              <p>
                <a href={coverageHref("table", { choice: props.choice, state })}>{t("covTabTable")} →</a>
              </p>
            </>
          ) : null}
        </details>
      ))}
    </>
  );
}
