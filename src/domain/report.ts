/**
 * Error reports from residents and staff: readable text plus a machine-readable JSON block, and the mailto:
 * link that hands it to the user's own e-mail app. Pure: the labels come from the caller's language.
 */

/** What can be wrong with an offer or a municipality page. */
export const REPORT_PROBLEMS = ["closed", "phone", "address", "hours", "website", "age", "other"] as const;
/** One kind of problem. */
export type ReportProblem = (typeof REPORT_PROBLEMS)[number];

/** Longest free text kept (characters): long enough for a correction, short enough for any e-mail app. */
export const REPORT_TEXT_MAX = 1500;
/** Longest contact address kept. */
export const REPORT_CONTACT_MAX = 200;
/**
 * Longest mailto: link offered. There is no standard limit: current browsers and mail apps take far longer links,
 * some older handlers (Outlook on Windows) cut near 2 000 characters. Above this the body leaves out its readable
 * copy of the free text (the JSON block keeps it); if still too long the app offers copy and share instead.
 */
export const MAILTO_MAX = 8000;

/** A report as stored on the device until the user sends it. */
export interface ErrorReport {
  id: string;
  createdAt: string;
  municipality?: string;
  municipalityName?: string;
  serviceId?: string;
  serviceName?: string;
  problems: ReportProblem[];
  text: string;
  contact?: string;
  /** Dataset the reporter saw, so the maintainers compare with the right version. */
  datasetVersion?: string;
  language: string;
  /** When the user handed it to their e-mail app or share sheet; absent while unsent. */
  sentAt?: string;
  sentVia?: "email" | "share" | "copy";
  /** The reporter asked to keep it on the device after sending; otherwise it is removed once sent (shared devices). */
  keep?: boolean;
}

/** Words for the readable part, in the reporter's language. */
export interface ReportLabels {
  subject: string;
  intro: string;
  municipality: string;
  offer: string;
  problems: string;
  text: string;
  contact: string;
  noContact: string;
  dataset: string;
  jsonIntro: string;
  textInJson: string;
  problem: Record<ReportProblem, string>;
}

/** What a report must have before it can be saved. */
export type ReportProblemCode = "nothing" | "contact" | "tooLong";

/** Problems with a draft report: it needs a ticked box or some text, and a contact must look like an e-mail address. */
export function checkReport(report: Pick<ErrorReport, "problems" | "text" | "contact">): ReportProblemCode[] {
  const codes: ReportProblemCode[] = [];
  if (report.problems.length === 0 && !report.text.trim()) codes.push("nothing");
  if (report.contact?.trim() && !/^[^\s@<>:]+@[^\s@<>:]+\.[a-z]{2,}$/i.test(report.contact.trim())) {
    codes.push("contact");
  }
  if (report.text.length > REPORT_TEXT_MAX || (report.contact?.length ?? 0) > REPORT_CONTACT_MAX) codes.push("tooLong");
  return codes;
}

/** The machine-readable part: stable keys in English, whatever the UI language. */
export function reportJson(report: ErrorReport): Record<string, unknown> {
  return {
    format: "hjelpekart-report",
    formatVersion: 1,
    id: report.id,
    createdAt: report.createdAt,
    municipality: report.municipality,
    serviceId: report.serviceId,
    problems: report.problems,
    text: report.text.trim(),
    contact: report.contact?.trim() || undefined,
    datasetVersion: report.datasetVersion,
    language: report.language,
  };
}

/** The subject line: "Feil i Hjelpekart: <offer or municipality>". */
export function reportSubject(report: ErrorReport, labels: ReportLabels): string {
  const about = report.serviceName ?? report.municipalityName ?? report.municipality ?? "";
  return about ? `${labels.subject}: ${about}` : labels.subject;
}

/** The e-mail body: readable lines, then the JSON block fenced as ```json. `short` leaves the free text to the JSON. */
export function reportBody(report: ErrorReport, labels: ReportLabels, short = false): string {
  const lines = [labels.intro, ""];
  if (report.municipality) {
    lines.push(`${labels.municipality}: ${named(report.municipalityName, report.municipality)}`);
  }
  if (report.serviceId) lines.push(`${labels.offer}: ${named(report.serviceName, report.serviceId)}`);
  if (report.problems.length > 0) {
    lines.push(`${labels.problems}: ${report.problems.map((p) => labels.problem[p]).join(", ")}`);
  }
  const text = report.text.trim();
  if (text) lines.push("", `${labels.text}:`, short ? labels.textInJson : text);
  lines.push("", `${labels.contact}: ${report.contact?.trim() || labels.noContact}`);
  if (report.datasetVersion) lines.push(`${labels.dataset}: ${report.datasetVersion}`);
  lines.push("", labels.jsonIntro, "```json", JSON.stringify(reportJson(report), null, 2), "```", "");
  return lines.join("\n");
}

function named(name: string | undefined, id: string): string {
  return name ? `${name} (${id})` : id;
}

/** A mailto: link with subject and body; spaces as %20 (not +), which every mail app reads the same way. */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to).replace(/%40/g, "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`;
}

/** The mailto: link for a report, shortened if needed; undefined when even the short form is over MAILTO_MAX. */
export function reportMailto(report: ErrorReport, to: string, labels: ReportLabels): string | undefined {
  const subject = reportSubject(report, labels);
  const full = mailtoHref(to, subject, reportBody(report, labels));
  if (full.length <= MAILTO_MAX) return full;
  const short = mailtoHref(to, subject, reportBody(report, labels, true));
  return short.length <= MAILTO_MAX ? short : undefined;
}

/** A fresh id for a report: time plus randomness, readable in a mail subject search. */
export function newReportId(now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `r-${stamp}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0")}`;
}
