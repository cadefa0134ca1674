/** The dashboard's headline against the goal: confirmed with recent evidence, confirmed with old evidence, unknown. */
import { summarize } from "../../domain/coverage.ts";
import type { CoverageData } from "./coverage-data.ts";
import { useCovT as useT } from "./i18n/index.ts";
import { coverageHref } from "./route.ts";

/** Honest headline for "a municipal low-threshold offer in every municipality"; voluntary offers never count. */
export function Headline(props: { data: CoverageData }) {
  const t = useT();
  const { dataset, table } = props.data;
  const goal = summarize(dataset.municipalities, table, "any-low-threshold");
  const { recent, old } = goal.confirmedByAge;
  const { unknown, statutory, inactive } = goal.byState;
  const absent = goal.byState["reported-absent"];
  return (
    <div class="coverage__headline-split">
      <p>{t("covHeadlineGoal", { total: goal.municipalities })}</p>
      <ul>
        <li data-figure="goal-recent">{t("covHeadlineRecent", { count: recent.municipalities })}</li>
        <li data-figure="goal-old">
          {t("covHeadlineOld", { count: old.municipalities })}{" "}
          <a href={coverageHref("table", { choice: "any-low-threshold", state: "stale" })}>{t("covShowStale")}</a>
        </li>
        <li data-figure="goal-unknown">
          <a href={coverageHref("table", { choice: "any-low-threshold", state: "unknown" })}>
            {t("covHeadlineUnknown", { count: unknown.municipalities })}
          </a>
        </li>
        {statutory.municipalities + inactive.municipalities + absent.municipalities > 0 ? (
          <li data-figure="goal-other">
            {t("covHeadlineOther", {
              absent: absent.municipalities,
              inactive: inactive.municipalities,
              statutory: statutory.municipalities,
            })}
          </li>
        ) : null}
      </ul>
      <p class="coverage__note">{t("covHeadlineRules")}</p>
    </div>
  );
}
