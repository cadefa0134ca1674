/** "Report an error": a short structured form; reports stay on the device until the user sends them. */
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { newIssueUrl } from "../../domain/issue-link.ts";
import {
  checkReport,
  type ErrorReport,
  newReportId,
  REPORT_CONTACT_MAX,
  REPORT_PROBLEMS,
  REPORT_TEXT_MAX,
  type ReportProblem,
  type ReportProblemCode,
  reportBody,
  reportMailto,
  reportSubject,
} from "../../domain/report.ts";
import type { Dataset } from "../../domain/schema.ts";
import { deleteReport, readReports, saveReport } from "../../platform/db.ts";
import { copyText } from "../../platform/share.ts";
import { canShareText, shareText } from "../../platform/share-content.ts";
import { MAINTAINER_EMAIL, MAINTAINER_EMAIL_PLACEHOLDER, REPOSITORY_URL } from "../config.ts";
import { municipalityHref } from "../find-help/route.ts";
import { LanguageContext, localeOf } from "../i18n/index.ts";
import { type ContributeT, useContributeT } from "./i18n/index.ts";
import { reportLabels } from "./report-labels.ts";

/** The report form for a municipality page or one offer, and the list of reports on this device. */
export function ReportView(props: { dataset?: Dataset; number?: string; serviceId?: string }) {
  const t = useContributeT();
  const language = useContext(LanguageContext);
  const heading = useRef<HTMLHeadingElement>(null);
  const municipality = props.dataset?.municipalities.find((m) => m.number === props.number);
  const service = props.dataset?.services.find((s) => s.id === props.serviceId);
  const [problems, setProblems] = useState<ReportProblem[]>([]);
  const [text, setText] = useState("");
  const [contact, setContact] = useState("");
  const [keep, setKeep] = useState(false);
  const [errors, setErrors] = useState<ReportProblemCode[]>([]);
  const [reports, setReports] = useState<ErrorReport[]>([]);
  const [message, setMessage] = useState("");
  const errorList = useRef<HTMLDivElement>(null);

  useEffect(() => {
    heading.current?.focus();
    document.title = `${t("repTitle")} – ${t("appName")}`;
    readReports()
      .then(setReports)
      .catch(() => setReports([]));
  }, []);

  const municipalityName = municipality?.nameNorwegian;
  const about = props.serviceId
    ? t("repAboutOffer", {
        offer: service?.name ?? props.serviceId,
        municipality: municipalityName ?? props.number ?? "",
      })
    : props.number
      ? t("repAboutMunicipality", { municipality: municipalityName ?? props.number })
      : t("repAboutNothing");

  const toggle = (problem: ReportProblem, on: boolean) =>
    setProblems((current) =>
      on ? REPORT_PROBLEMS.filter((p) => p === problem || current.includes(p)) : current.filter((p) => p !== problem),
    );

  const save = async (event: Event) => {
    event.preventDefault();
    const codes = checkReport({ problems, text, contact });
    setErrors(codes);
    if (codes.length > 0) {
      requestAnimationFrame(() => errorList.current?.focus());
      return;
    }
    const report: ErrorReport = {
      id: newReportId(new Date()),
      createdAt: new Date().toISOString(),
      municipality: props.number,
      municipalityName,
      serviceId: service?.id ?? props.serviceId,
      serviceName: service?.name,
      problems,
      text: text.trim(),
      contact: contact.trim() || undefined,
      datasetVersion: props.dataset?.version,
      language,
      keep: keep || undefined,
    };
    try {
      await saveReport(report);
      setReports((current) => [report, ...current]);
      setProblems([]);
      setText("");
      setContact("");
      setMessage(t("repSaved"));
    } catch {
      setMessage(t("repSaveFailed"));
    }
  };

  const update = async (report: ErrorReport) => {
    setReports((current) => current.map((r) => (r.id === report.id ? report : r)));
    await saveReport(report).catch(() => undefined);
  };
  // A sent report holds a name and an address: on a shared device it leaves storage at once, unless the
  // reporter asked to keep it. It stays listed on this page until the page is left, to send it another way.
  const sentReport = async (report: ErrorReport) => {
    if (report.keep) return update(report);
    setReports((current) => current.map((r) => (r.id === report.id ? report : r)));
    await deleteReport(report.id).catch(() => undefined);
  };
  const remove = async (id: string) => {
    setReports((current) => current.filter((r) => r.id !== id));
    await deleteReport(id).catch(() => undefined);
    setMessage(t("repDeleted"));
  };

  return (
    <section class="contribute" aria-labelledby="report-title">
      <h1 id="report-title" tabIndex={-1} ref={heading}>
        {t("repTitle")}
      </h1>
      <p class="contribute__about">{about}</p>
      <p>{t("repIntro")}</p>
      {props.number ? (
        <p>
          <a href={municipalityHref(props.number)}>{t("repBack")}</a>
        </p>
      ) : null}
      <form class="contribute__form" onSubmit={save} noValidate>
        <fieldset>
          <legend>{t("repWhat")}</legend>
          <div class="contribute__choices">
            {REPORT_PROBLEMS.map((problem) => (
              <label key={problem} class="contribute__choice">
                <input
                  type="checkbox"
                  name="problem"
                  value={problem}
                  checked={problems.includes(problem)}
                  onChange={(e) => toggle(problem, e.currentTarget.checked)}
                />{" "}
                {t(`repProblem_${problem}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="report-text">{t("repText")}</label>
          <p class="field__hint" id="report-text-hint">
            {t("repTextHint")}
          </p>
          <textarea
            id="report-text"
            rows={5}
            maxLength={REPORT_TEXT_MAX}
            aria-describedby="report-text-hint"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="report-contact">{t("repContact")}</label>
          <p class="field__hint" id="report-contact-hint">
            {t("repContactHint")}
          </p>
          <input
            id="report-contact"
            type="email"
            autocomplete="email"
            maxLength={REPORT_CONTACT_MAX}
            aria-describedby="report-contact-hint"
            aria-invalid={errors.includes("contact") || undefined}
            value={contact}
            onInput={(e) => setContact(e.currentTarget.value)}
          />
        </div>
        {errors.length > 0 ? (
          <div class="contribute__errors" role="alert" tabIndex={-1} ref={errorList}>
            <p>{t("repErrorsHeading")}</p>
            <ul>
              {errors.map((code) => (
                <li key={code}>{t(`repError_${code}`)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <label class="contribute__choice contribute__keep">
          <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} /> {t("repKeep")}
        </label>
        <button type="submit" class="button-primary">
          {t("repSave")}
        </button>
      </form>
      <p class="contribute__message" aria-live="polite">
        {message}
      </p>
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t("repListTitle")}</h2>
        {MAINTAINER_EMAIL === MAINTAINER_EMAIL_PLACEHOLDER ? (
          <p class="contribute__warning">{t("repAddressPlaceholder", { email: MAINTAINER_EMAIL })}</p>
        ) : null}
        {reports.length === 0 ? <p>{t("repListEmpty")}</p> : null}
        <ul class="err-reports">
          {reports.map((report) => (
            <li key={report.id}>
              <ReportItem report={report} t={t} onSent={sentReport} onDelete={remove} onMessage={setMessage} />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

/** One stored report with its state and the ways to send it. */
function ReportItem(props: {
  report: ErrorReport;
  t: ContributeT;
  onSent: (report: ErrorReport) => void;
  onDelete: (id: string) => void;
  onMessage: (message: string) => void;
}) {
  const { report, t } = props;
  const locale = localeOf(useContext(LanguageContext));
  const labels = reportLabels(t);
  const mailto = reportMailto(report, MAINTAINER_EMAIL, labels);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  const sent = (via: NonNullable<ErrorReport["sentVia"]>) =>
    props.onSent({ ...report, sentAt: new Date().toISOString(), sentVia: via });
  const canShare = canShareText();
  // Opens the repository's form, filled in; nothing is sent until the person submits it there.
  const issue = newIssueUrl(REPOSITORY_URL, reportSubject(report, labels), reportBody(report, labels));
  const share = async () => {
    if (await shareText(reportSubject(report, labels), reportBody(report, labels))) sent("share");
  };
  const copy = async () => {
    const ok = await copyText(`${reportSubject(report, labels)}\n\n${reportBody(report, labels)}`);
    if (ok) sent("copy");
    props.onMessage(ok ? t("repCopied", { email: MAINTAINER_EMAIL }) : t("repCopyFailed"));
  };
  const state = report.sentAt
    ? t(report.sentVia === "share" ? "repSentShare" : report.sentVia === "copy" ? "repSentCopy" : "repSentEmail", {
        date: when(report.sentAt),
      })
    : t("repUnsent");
  const removed = Boolean(report.sentAt && !report.keep);
  const titleId = `report-${report.id}`;
  return (
    <article class="err-report" aria-labelledby={titleId}>
      <h3 id={titleId}>{reportSubject(report, labels)}</h3>
      <p class={`err-report__state${report.sentAt ? "" : " err-report__state--unsent"}`}>{state}</p>
      {removed ? <p class="err-report__meta">{t("repRemovedFromDevice")}</p> : null}
      <p class="err-report__meta">
        {t("repCreated", { date: when(report.createdAt) })}
        {report.problems.length > 0 ? ` · ${report.problems.map((p) => labels.problem[p]).join(", ")}` : ""}
      </p>
      {report.text ? <p class="err-report__text">{report.text}</p> : null}
      {mailto ? null : <p>{t("repTooLongForEmail", { email: MAINTAINER_EMAIL })}</p>}
      <div class="contribute__actions">
        {mailto ? (
          <a class="button-link" href={mailto} onClick={() => sent("email")}>
            {t("repSendEmail")}
          </a>
        ) : null}
        {canShare ? (
          <button type="button" onClick={share}>
            {t("repShare")}
          </button>
        ) : null}
        {issue ? (
          <a class="button-link" href={issue} target="_blank" rel="noopener noreferrer">
            {t("repIssue")}
          </a>
        ) : null}
        <button type="button" onClick={copy}>
          {t("repCopy")}
        </button>
        <button type="button" onClick={() => props.onDelete(report.id)}>
          {t("repDelete")}
        </button>
      </div>
    </article>
  );
}
