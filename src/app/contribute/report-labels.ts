/** The words of a report's e-mail text, in the UI language. */
import { REPORT_PROBLEMS, type ReportLabels, type ReportProblem } from "../../domain/report.ts";
import type { ContributeT } from "./i18n/index.ts";

/** Labels for reportBody/reportMailto from the current language. */
export function reportLabels(t: ContributeT): ReportLabels {
  const problem = Object.fromEntries(REPORT_PROBLEMS.map((p) => [p, t(`repProblem_${p}`)])) as Record<
    ReportProblem,
    string
  >;
  return {
    subject: t("mailSubject"),
    intro: t("mailIntro"),
    municipality: t("mailMunicipality"),
    offer: t("mailOffer"),
    problems: t("mailProblems"),
    text: t("mailText"),
    contact: t("mailContact"),
    noContact: t("mailNoContact"),
    dataset: t("mailDataset"),
    jsonIntro: t("mailJsonIntro"),
    textInJson: t("mailTextInJson"),
    problem,
  };
}
