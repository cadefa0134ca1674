import { describe, expect, it } from "vitest";
import {
  checkReport,
  type ErrorReport,
  MAILTO_MAX,
  mailtoHref,
  newReportId,
  REPORT_TEXT_MAX,
  type ReportLabels,
  reportBody,
  reportJson,
  reportMailto,
  reportSubject,
} from "../../../src/domain/report.ts";

const labels: ReportLabels = {
  subject: "Feil i Hjelpekart",
  intro: "Jeg vil melde en feil.",
  municipality: "Kommune",
  offer: "Tilbud",
  problems: "Hva er feil",
  text: "Beskrivelse",
  contact: "Kontakt",
  noContact: "ikke oppgitt",
  dataset: "Dataversjon",
  jsonIntro: "For vedlikeholderne:",
  textInJson: "(se JSON nedenfor)",
  problem: {
    closed: "Nedlagt",
    phone: "Telefon",
    address: "Adresse",
    hours: "Åpningstid",
    website: "Nettside",
    age: "Aldersgruppe",
    other: "Annet",
  },
};

const report: ErrorReport = {
  id: "r-20251123100000-abcd",
  createdAt: "2025-11-23T10:00:00.000Z",
  municipality: "3403",
  municipalityName: "Hamar",
  serviceId: "lt-3403-hamar-sagatun",
  serviceName: "Sagatun & co",
  problems: ["phone", "hours"],
  text: "Nytt nummer: 62 50 97 56?\nÅpent til 16.",
  contact: "ola@example.com",
  datasetVersion: "0123456789abcdef",
  language: "nb",
};

describe("report", () => {
  it("writes readable text followed by a fenced JSON block with the same facts", () => {
    const body = reportBody(report, labels);
    expect(body).toContain("Kommune: Hamar (3403)");
    expect(body).toContain("Tilbud: Sagatun & co (lt-3403-hamar-sagatun)");
    expect(body).toContain("Hva er feil: Telefon, Åpningstid");
    expect(body).toContain("Nytt nummer: 62 50 97 56?\nÅpent til 16.");
    const json = /```json\n([\s\S]*?)\n```/.exec(body)?.[1];
    expect(JSON.parse(json!)).toEqual(JSON.parse(JSON.stringify(reportJson(report))));
    expect(JSON.parse(json!)).toMatchObject({ format: "hjelpekart-report", problems: ["phone", "hours"] });
  });

  it("says when no contact was given and leaves it out of the JSON", () => {
    const body = reportBody({ ...report, contact: "  " }, labels);
    expect(body).toContain("Kontakt: ikke oppgitt");
    expect(reportJson({ ...report, contact: "" }).contact).toBeUndefined();
  });

  it("encodes the mailto link so that any mail app decodes subject and body exactly", () => {
    const href = reportMailto(report, "rettelser@hjelpekart.no", labels)!;
    expect(href.startsWith("mailto:rettelser@hjelpekart.no?subject=")).toBe(true);
    expect(href).not.toContain("+");
    expect(href).not.toContain(" ");
    const url = new URL(href);
    expect(url.searchParams.get("subject")).toBe("Feil i Hjelpekart: Sagatun & co");
    expect(decodeURIComponent(/body=(.*)$/.exec(href)![1]!)).toBe(reportBody(report, labels).replace(/\n/g, "\r\n"));
    expect(reportSubject({ ...report, serviceName: undefined, serviceId: undefined }, labels)).toBe(
      "Feil i Hjelpekart: Hamar",
    );
  });

  it("keeps links within MAILTO_MAX: first without the readable copy of the text, then not at all", () => {
    const long = { ...report, text: "æ".repeat(REPORT_TEXT_MAX) };
    const href = reportMailto(long, "a@b.no", labels);
    // 1500 × "æ" is 9000 characters encoded: too long twice, so no link (the app offers copy and share).
    expect(href).toBeUndefined();
    const medium = { ...report, text: "æ".repeat(700) };
    const shortened = reportMailto(medium, "a@b.no", labels)!;
    expect(shortened.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(decodeURIComponent(shortened)).toContain("(se JSON nedenfor)");
    expect(mailtoHref("a@b.no", "s", "x\ny")).toBe("mailto:a@b.no?subject=s&body=x%0D%0Ay");
  });

  it("checks a report before it is saved", () => {
    expect(checkReport({ problems: [], text: " ", contact: "" })).toEqual(["nothing"]);
    expect(checkReport({ problems: ["other"], text: "", contact: "ola@" })).toEqual(["contact"]);
    expect(checkReport({ problems: [], text: "x".repeat(REPORT_TEXT_MAX + 1) })).toEqual(["tooLong"]);
    expect(checkReport({ problems: ["closed"], text: "", contact: "ola@example.com" })).toEqual([]);
  });

  it("makes ids that sort by time", () => {
    expect(newReportId(new Date("2025-11-23T10:00:00Z"), () => 0.5)).toMatch(/^r-20251123100000-[0-9a-z]{4}$/);
  });
});
