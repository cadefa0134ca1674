/**
 * "Describe your municipality's offers": edit or add one municipality's local offers, checked live with the data
 * build's schema, previewed with the real ServiceCard, kept as a draft on the device, exported in the data/ format.
 */
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { contributionFileName, makeContribution } from "../../domain/contribution.ts";
import { PARTIAL_DATE } from "../../domain/dates.ts";
import type { DraftIssue } from "../../domain/draft-issues.ts";
import { newIssueUrl } from "../../domain/issue-link.ts";
import {
  draftToRecord,
  type EditorDraft,
  emptyDraft,
  newRecordId,
  type RecordDraft,
  recordToDraft,
} from "../../domain/record-draft.ts";
import { MAILTO_MAX, mailtoHref } from "../../domain/report.ts";
import type { Dataset, Service } from "../../domain/schema.ts";
import { parseWeeklyHours } from "../../domain/weekly-hours.ts";
import { deleteDraft, readDraft, saveDraft } from "../../platform/db.ts";
import { downloadText } from "../../platform/download.ts";
import { copyText } from "../../platform/share.ts";
import { canShareFile, shareFile } from "../../platform/share-content.ts";
import { MAINTAINER_EMAIL, REPOSITORY_URL } from "../config.ts";
import { ServiceCard } from "../find-help/ServiceCard.tsx";
import { LanguageContext, localeOf } from "../i18n/index.ts";
import { NotFound } from "../not-found.tsx";
import { type ContributeT, useContributeT } from "./i18n/index.ts";
import { fieldId, issueText, RecordForm } from "./RecordForm.tsx";
import { loadSchema, recordIssues } from "./validate.ts";

type SchemaModule = Awaited<ReturnType<typeof loadSchema>>;
const SAVE_DELAY_MS = 300;

/** A record of the draft as it will be exported, with what the editor knows about it. */
interface Row {
  draft: RecordDraft;
  id: string;
  record: Record<string, unknown>;
  state: "new" | "changed" | "unchanged";
  issues: DraftIssue[];
}

/** The local (not national) current records serving a municipality, as drafts. */
function startingDraft(dataset: Dataset, number: string): EditorDraft {
  const records = dataset.services
    .filter((s) => !s.area.national && !s.supersededBy && s.area.municipalities.includes(number))
    .map((s, i) => recordToDraft(s, `e${i}`));
  return {
    municipality: number,
    records,
    contributor: { name: "", role: "", email: "" },
    message: "",
    datasetVersion: dataset.version,
    updatedAt: new Date().toISOString(),
  };
}

/** The editor for one municipality. */
export function EditorView(props: { dataset: Dataset; number: string }) {
  const t = useContributeT();
  const locale = localeOf(useContext(LanguageContext));
  const heading = useRef<HTMLHeadingElement>(null);
  const municipality = props.dataset.municipalities.find((m) => m.number === props.number);
  const [draft, setDraft] = useState<EditorDraft | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [schema, setSchema] = useState<SchemaModule | undefined>();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [status, setStatus] = useState("");
  const [message, setMessage] = useState("");
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const originals = useMemo(() => new Map(props.dataset.services.map((s) => [s.id, s])), [props.dataset]);
  const name = municipality?.nameNorwegian ?? props.number;

  useEffect(() => {
    document.title = `${t("edTitle", { municipality: name })} – ${t("appName")}`;
    heading.current?.focus();
    loadSchema().then(setSchema, () => undefined);
    readDraft(props.number)
      .then((stored) => {
        if (stored) setStatus(t("edDraftRestored", { date: when(stored.updatedAt, locale) }));
        const start = stored ?? startingDraft(props.dataset, props.number);
        setDraft(start);
        setSelected(start.records[0]?.key);
      })
      .catch(() => {
        const start = startingDraft(props.dataset, props.number);
        setDraft(start);
        setSelected(start.records[0]?.key);
      });
    return () => clearTimeout(saveTimer.current);
  }, [props.number]);

  const change = (next: EditorDraft) => {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    setDraft(stamped);
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveDraft(stamped).then(
        () => setStatus(t("edDraftSaved")),
        () => setStatus(t("edDraftSaveFailed")),
      );
    }, SAVE_DELAY_MS);
  };

  // Sent: the draft (with the contributor's name and address) leaves this device, for shared devices.
  const sent = () => {
    clearTimeout(saveTimer.current);
    void deleteDraft(props.number).then(
      () => setStatus(t("edSentRemoved")),
      () => undefined,
    );
  };

  if (!municipality) {
    return <NotFound title={t("notFound")} headingRef={heading} />;
  }
  const today = new Date().toISOString().slice(0, 10);
  const rows = draft ? buildRows(draft, props.number, originals, schema, today) : [];
  const exported = rows.filter((row) => row.state !== "unchanged");
  const blocked = exported.filter((row) => row.issues.length > 0);
  const current = rows.find((row) => row.draft.key === selected);
  const touchKey = (field: string) => `${selected}:${field}`;

  const updateRecord = (record: RecordDraft) => {
    if (!draft) return;
    change({ ...draft, records: draft.records.map((r) => (r.key === record.key ? record : r)) });
  };
  const addRecord = () => {
    if (!draft) return;
    const key = `n${Date.now().toString(36)}`;
    change({ ...draft, records: [...draft.records, emptyDraft(key)] });
    setSelected(key);
    requestAnimationFrame(() => document.getElementById(fieldId(`rec-${key}`, "name"))?.focus());
  };
  const removeOrReset = (row: Row) => {
    if (!draft) return;
    const original = row.draft.originalId ? originals.get(row.draft.originalId) : undefined;
    const records = original
      ? draft.records.map((r) => (r.key === row.draft.key ? recordToDraft(original, r.key) : r))
      : draft.records.filter((r) => r.key !== row.draft.key);
    change({ ...draft, records });
    if (!original) setSelected(records[0]?.key);
  };
  const discard = async () => {
    if (!confirm(t("edDiscardConfirm"))) return;
    clearTimeout(saveTimer.current);
    await deleteDraft(props.number).catch(() => undefined);
    const start = startingDraft(props.dataset, props.number);
    setDraft(start);
    setSelected(start.records[0]?.key);
    setTouched(new Set());
    setShowAll(false);
    setStatus(t("edDiscarded"));
  };

  return (
    <section class="contribute editor" aria-labelledby="editor-title">
      <h1 id="editor-title" tabIndex={-1} ref={heading}>
        {t("edTitle", { municipality: municipality.name })}
      </h1>
      <p>{t("edIntro")}</p>
      <p class="contribute__message" role="status">
        {status}
      </p>
      {!draft ? (
        <p role="status">{t("loading")}</p>
      ) : (
        <>
          <section aria-labelledby="editor-offers">
            <h2 id="editor-offers">{t("edOffers")}</h2>
            {rows.length === 0 ? <p>{t("edNoOffers")}</p> : null}
            <ul class="editor__list">
              {rows.map((row) => (
                <li key={row.draft.key}>
                  <button
                    type="button"
                    class="editor__pick"
                    aria-current={row.draft.key === selected ? "true" : undefined}
                    onClick={() => setSelected(row.draft.key)}
                  >
                    <span class="editor__pick-name">{row.draft.name.trim() || t("edUnnamed")}</span>
                    <span class="editor__pick-state">
                      {t(row.state === "new" ? "edNew" : row.state === "changed" ? "edChanged" : "edUnchanged")}
                      {" · "}
                      {row.issues.length > 0 ? t("edProblems", { count: row.issues.length }) : t("edOk")}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" onClick={addRecord}>
              {t("edAdd")}
            </button>
          </section>
          {current ? (
            <section class="editor__record" aria-labelledby="editor-editing">
              <h2 id="editor-editing">{t("edEditing", { name: current.draft.name.trim() || t("edUnnamed") })}</h2>
              <div class="editor__columns">
                <RecordForm
                  draft={current.draft}
                  recordId={current.id}
                  issues={current.issues}
                  shown={(field) => showAll || current.draft.originalId !== undefined || touched.has(touchKey(field))}
                  onTouch={(field) => setTouched((set) => new Set(set).add(touchKey(field)))}
                  onChange={updateRecord}
                  t={t}
                />
                <section class="editor__preview" aria-labelledby="editor-preview">
                  <h3 id="editor-preview">{t("edPreview")}</h3>
                  <p class="field__hint">{t("edPreviewNote")}</p>
                  <div class="offer-group">
                    <ServiceCard
                      service={previewService(current.record)}
                      now={new Date()}
                      headingLevel={4}
                      holidays={new Set(props.dataset.holidays)}
                    />
                  </div>
                </section>
              </div>
              <button type="button" onClick={() => removeOrReset(current)}>
                {t(current.draft.originalId ? "edReset" : "edRemove")}
              </button>
            </section>
          ) : null}
          <ExportSection
            t={t}
            draft={draft}
            exported={exported}
            blocked={blocked}
            municipalityName={municipality.nameNorwegian}
            onChange={change}
            onShowErrors={(row) => {
              setShowAll(true);
              setSelected(row.draft.key);
            }}
            onMessage={setMessage}
            onSent={sent}
          />
          <p class="contribute__message" aria-live="polite">
            {message}
          </p>
          <p>
            <button type="button" onClick={discard}>
              {t("edDiscard")}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

/** Ids, records, change state and problems of every record in the draft. */
function buildRows(
  draft: EditorDraft,
  number: string,
  originals: ReadonlyMap<string, Service>,
  schema: SchemaModule | undefined,
  today: string,
): Row[] {
  const taken = new Set(originals.keys());
  return draft.records.map((record) => {
    const id = record.originalId ?? newRecordId(record, number, taken);
    taken.add(id);
    const built = draftToRecord(record, id, number);
    const original = record.originalId ? originals.get(record.originalId) : undefined;
    const state = !original
      ? "new"
      : JSON.stringify(draftToRecord(recordToDraft(original, record.key), id, number)) === JSON.stringify(built)
        ? "unchanged"
        : "changed";
    return { draft: record, id, record: built, state, issues: schema ? recordIssues(schema, built, today) : [] };
  });
}

/** The record as ServiceCard shows it: hours computed by the editor's parser, unsafe values left for the card to refuse. */
function previewService(record: Record<string, unknown>): Service {
  const service = { ...record } as unknown as Service;
  const hours = typeof record.openingHours === "string" ? parseWeeklyHours(record.openingHours) : undefined;
  if (hours?.ok) service.hours = hours.hours;
  if (typeof record.verified === "string" && !PARTIAL_DATE.test(record.verified)) service.verified = undefined;
  if (typeof record.ageMin !== "number") service.ageMin = undefined;
  if (typeof record.ageMax !== "number") service.ageMax = undefined;
  return service;
}

function when(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** Contributor fields and the ways to hand the file to the maintainers. */
function ExportSection(props: {
  t: ContributeT;
  draft: EditorDraft;
  exported: Row[];
  blocked: Row[];
  municipalityName: string;
  onChange: (draft: EditorDraft) => void;
  onShowErrors: (row: Row) => void;
  onMessage: (message: string) => void;
  /** Called when the file has been handed over (downloaded, copied, e-mailed or shared). */
  onSent: () => void;
}) {
  const { t, draft, exported, blocked } = props;
  const createdAt = new Date().toISOString();
  const file = contributionFileName(draft.municipality, createdAt);
  const contribution = makeContribution({
    municipality: draft.municipality,
    createdAt,
    datasetVersion: draft.datasetVersion,
    contributor: {
      name: draft.contributor.name.trim() || undefined,
      role: draft.contributor.role.trim() || undefined,
      email: draft.contributor.email.trim() || undefined,
    },
    message: draft.message.trim() || undefined,
    services: exported.map((row) => row.record as unknown as Service),
  });
  const json = `${JSON.stringify(contribution, null, 2)}\n`;
  const setContributor = (key: keyof EditorDraft["contributor"], value: string) =>
    props.onChange({ ...draft, contributor: { ...draft.contributor, [key]: value } });
  const subject = `Hjelpekart: ${props.municipalityName} (${draft.municipality})`;
  const intro = t("edMailBody", { municipality: props.municipalityName });
  const inline = mailtoHref(MAINTAINER_EMAIL, subject, `${intro}\n\n\`\`\`json\n${json}\`\`\`\n`);
  const mailto =
    inline.length <= MAILTO_MAX
      ? inline
      : mailtoHref(MAINTAINER_EMAIL, subject, `${intro}\n\n${t("edMailAttach", { file })}\n`);
  // The file pasted into a prefilled issue on the public repository, when there is one and it fits in a link.
  const issue = newIssueUrl(REPOSITORY_URL, subject, `${intro}\n\n\`\`\`json\n${json}\`\`\`\n`);
  const download = () => {
    downloadText(json, file, "application/json");
    props.onMessage(t("edDownloaded", { file }));
    props.onSent();
  };
  const copy = async () => {
    const ok = await copyText(json);
    props.onMessage(ok ? t("edCopied") : t("repCopyFailed"));
    if (ok) props.onSent();
  };
  const jsonFile = new File([json], file, { type: "application/json" });
  const canShare = canShareFile(jsonFile);
  const share = async () => {
    if (await shareFile(jsonFile, subject)) props.onSent();
  };
  const field = (id: string, label: string, value: string, onInput: (v: string) => void, type = "text") => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type={type} value={value} onInput={(e) => onInput(e.currentTarget.value)} autocomplete="off" />
    </div>
  );
  return (
    <section class="editor__export" aria-labelledby="editor-send">
      <h2 id="editor-send">{t("edSend")}</h2>
      <p>{t("edSendIntro", { email: MAINTAINER_EMAIL })}</p>
      {field("contributor-name", t("edContributorName"), draft.contributor.name, (v) => setContributor("name", v))}
      {field("contributor-role", t("edContributorRole"), draft.contributor.role, (v) => setContributor("role", v))}
      {field(
        "contributor-email",
        t("edContributorEmail"),
        draft.contributor.email,
        (v) => setContributor("email", v),
        "email",
      )}
      <div class="field">
        <label for="contributor-message">{t("edMessage")}</label>
        <textarea
          id="contributor-message"
          rows={3}
          value={draft.message}
          onInput={(e) => props.onChange({ ...draft, message: e.currentTarget.value })}
        />
      </div>
      {exported.length === 0 ? (
        <p>{t("edNothing")}</p>
      ) : blocked.length > 0 ? (
        <div class="contribute__errors">
          <p>{t("edBlocked", { count: blocked.length })}</p>
          <ul>
            {blocked.map((row) => (
              <li key={row.draft.key}>
                <button type="button" class="link-button" onClick={() => props.onShowErrors(row)}>
                  {row.draft.name.trim() || t("edUnnamed")}
                </button>
                : {row.issues.map((issue) => issueText(issue, t)).join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p>
            {t("edSummary", {
              added: exported.filter((r) => r.state === "new").length,
              changed: exported.filter((r) => r.state === "changed").length,
            })}
          </p>
          <div class="contribute__actions">
            <button type="button" class="button-primary" onClick={download}>
              {t("edDownload")}
            </button>
            <button type="button" onClick={copy}>
              {t("edCopy")}
            </button>
            <a class="button-link" href={mailto} onClick={props.onSent}>
              {t("edEmail")}
            </a>
            {canShare ? (
              <button type="button" onClick={share}>
                {t("edShare")}
              </button>
            ) : null}
            {issue ? (
              <a class="button-link" href={issue} target="_blank" rel="noopener noreferrer">
                {t("edIssue")}
              </a>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
