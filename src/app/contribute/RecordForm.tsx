/** The form for one offer: every field of the record format with a label, a hint and a plain-language error. */
import type { ComponentChildren } from "preact";
import { OFFER_TYPES, SERVICE_STATUSES } from "../../domain/constants.ts";
import type { DraftIssue } from "../../domain/draft-issues.ts";
import { CONTACT_KINDS, type ContactDraft, type LocationDraft, type RecordDraft } from "../../domain/record-draft.ts";
import type { ContributeT } from "./i18n/index.ts";

/** National lines are curated centrally; the editor offers the local kinds of offer. */
const LOCAL_TYPES = OFFER_TYPES.filter((type) => type !== "helpline" && type !== "emergency");
const TOPICS = ["mental-health", "substance-use"] as const;

/** Props shared by every field: where errors are shown and how a field reports it was left. */
interface FormContext {
  prefix: string;
  issues: ReadonlyMap<string, DraftIssue>;
  shown: (field: string) => boolean;
  onTouch: (field: string) => void;
  t: ContributeT;
}

/** Id of a field's control, from the record key and the draft path. */
export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/\./g, "-")}`;
}

/** The sentence for an issue. */
export function issueText(issue: DraftIssue, t: ContributeT): string {
  return t(`issue_${issue.code}`, { detail: issue.detail ?? "" });
}

function Field(props: {
  ctx: FormContext;
  field: string;
  label: string;
  hint?: string;
  children: (attrs: Record<string, unknown>) => ComponentChildren;
}) {
  const { ctx, field } = props;
  const id = fieldId(ctx.prefix, field);
  const issue = ctx.shown(field) ? ctx.issues.get(field) : undefined;
  const described = [props.hint ? `${id}-hint` : "", issue ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class={`field${issue ? " field--invalid" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children({
        id,
        "aria-describedby": described || undefined,
        "aria-invalid": issue ? true : undefined,
        onBlur: () => ctx.onTouch(field),
      })}
      {issue ? (
        <p class="field__error" id={`${id}-error`}>
          {issueText(issue, ctx.t)}
        </p>
      ) : null}
    </div>
  );
}

function TextField(props: {
  ctx: FormContext;
  field: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  type?: string;
  inputMode?: "numeric" | "tel" | "url" | "email" | "text";
  autocomplete?: string;
}) {
  return (
    <Field ctx={props.ctx} field={props.field} label={props.label} hint={props.hint}>
      {(attrs) =>
        props.multiline ? (
          <textarea {...attrs} rows={3} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
        ) : (
          <input
            {...attrs}
            type={props.type ?? "text"}
            inputMode={props.inputMode}
            autocomplete={props.autocomplete ?? "off"}
            value={props.value}
            onInput={(e) => props.onInput(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

function SelectField<V extends string>(props: {
  ctx: FormContext;
  field: string;
  label: string;
  value: V | "";
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  placeholder?: string;
}) {
  return (
    <Field ctx={props.ctx} field={props.field} label={props.label}>
      {(attrs) => (
        <select {...attrs} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The form for one record; every change goes to `onChange` as a whole new draft. */
export function RecordForm(props: {
  draft: RecordDraft;
  recordId: string;
  issues: readonly DraftIssue[];
  shown: (field: string) => boolean;
  onTouch: (field: string) => void;
  onChange: (draft: RecordDraft) => void;
  t: ContributeT;
}) {
  const { draft, t } = props;
  const ctx: FormContext = {
    prefix: `rec-${draft.key}`,
    issues: new Map(props.issues.map((issue) => [issue.field, issue])),
    shown: props.shown,
    onTouch: props.onTouch,
    t,
  };
  const set = <K extends keyof RecordDraft>(key: K, value: RecordDraft[K]) =>
    props.onChange({ ...draft, [key]: value });
  const text = (
    key: keyof RecordDraft & string,
    label: string,
    hint?: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      ctx={ctx}
      field={key}
      label={label}
      hint={hint}
      value={draft[key] as string}
      onInput={(value) => set(key, value as never)}
      {...extra}
    />
  );
  const setContact = (i: number, contact: ContactDraft) =>
    set(
      "contacts",
      draft.contacts.map((c, j) => (j === i ? contact : c)),
    );
  const setLocation = (i: number, location: LocationDraft) =>
    set(
      "locations",
      draft.locations.map((l, j) => (j === i ? location : l)),
    );
  const topicsIssue = props.shown("topics") ? ctx.issues.get("topics") : undefined;
  return (
    <div class="record-form">
      <p class="record-form__id">
        {t("fId")}: <code>{props.recordId}</code>
      </p>
      {text("name", t("fName"), t("fNameHint"))}
      <SelectField
        ctx={ctx}
        field="type"
        label={t("fType")}
        value={draft.type}
        placeholder={t("fChoose")}
        options={LOCAL_TYPES.map((type) => ({ value: type, label: t(`type_${type}`) }))}
        onChange={(value) => set("type", value)}
      />
      {text("provider", t("fProvider"), t("fProviderHint"))}
      <SelectField
        ctx={ctx}
        field="status"
        label={t("fStatus")}
        value={draft.status}
        options={SERVICE_STATUSES.map((status) => ({ value: status, label: t(`status_${status}`) }))}
        onChange={(value) => set("status", value)}
      />
      {text("description", t("fDescription"), t("fDescriptionHint"), { multiline: true })}
      {text("audience", t("fAudience"), t("fAudienceHint"))}
      <div class="field-row">
        {text("ageMin", t("fAgeMin"), t("fAgeHint"), { inputMode: "numeric" })}
        {text("ageMax", t("fAgeMax"), undefined, { inputMode: "numeric" })}
      </div>
      <fieldset
        class={`field${topicsIssue ? " field--invalid" : ""}`}
        aria-describedby={topicsIssue ? `${ctx.prefix}-topics-error` : undefined}
      >
        <legend>{t("fTopics")}</legend>
        {TOPICS.map((topic) => (
          <label key={topic} class="contribute__choice">
            <input
              type="checkbox"
              checked={draft.topics.includes(topic)}
              onChange={(e) => {
                props.onTouch("topics");
                set(
                  "topics",
                  TOPICS.filter((x) => (x === topic ? e.currentTarget.checked : draft.topics.includes(x))),
                );
              }}
            />{" "}
            {t(topic === "mental-health" ? "topic_psykisk" : "topic_rus")}
          </label>
        ))}
        {topicsIssue ? (
          <p class="field__error" id={`${ctx.prefix}-topics-error`}>
            {issueText(topicsIssue, t)}
          </p>
        ) : null}
      </fieldset>
      <div class="field-row">
        <SelectField
          ctx={ctx}
          field="referral"
          label={t("fReferral")}
          value={draft.referral}
          options={(["not-needed", "needed", "unknown"] as const).map((value) => ({
            value,
            label: t(`fReferral_${value === "not-needed" ? "not_needed" : value}`),
          }))}
          onChange={(value) => set("referral", value)}
        />
        <SelectField
          ctx={ctx}
          field="cost"
          label={t("fCost")}
          value={draft.cost}
          options={(["free", "paid", "unknown"] as const).map((value) => ({ value, label: t(`fCost_${value}`) }))}
          onChange={(value) => set("cost", value)}
        />
      </div>
      <fieldset class="record-form__group">
        <legend>{t("fContacts")}</legend>
        {draft.contacts.map((contact, i) => (
          <fieldset key={i} class="record-form__item">
            <legend>{t("fContactN", { n: i + 1 })}</legend>
            <SelectField
              ctx={ctx}
              field={`contacts.${i}.kind`}
              label={t("fContactKind")}
              value={contact.kind}
              options={[...CONTACT_KINDS, ...(contact.kind === "chat" ? (["chat"] as const) : [])].map((kind) => ({
                value: kind,
                label: t(`fKind_${kind}`),
              }))}
              onChange={(kind) => setContact(i, { ...contact, kind })}
            />
            <TextField
              ctx={ctx}
              field={`contacts.${i}.value`}
              label={t("fContactValue")}
              value={contact.value}
              inputMode={
                contact.kind === "phone" || contact.kind === "sms" ? "tel" : contact.kind === "email" ? "email" : "url"
              }
              onInput={(value) => setContact(i, { ...contact, value })}
            />
            <TextField
              ctx={ctx}
              field={`contacts.${i}.label`}
              label={t("fContactLabel")}
              value={contact.label}
              onInput={(label) => setContact(i, { ...contact, label })}
            />
            <button
              type="button"
              onClick={() =>
                set(
                  "contacts",
                  draft.contacts.filter((_, j) => j !== i),
                )
              }
            >
              {t("fContactRemove", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => set("contacts", [...draft.contacts, { kind: "phone", value: "", label: "" }])}
        >
          {t("fContactAdd")}
        </button>
      </fieldset>
      <fieldset class="record-form__group">
        <legend>{t("fLocations")}</legend>
        {draft.locations.map((location, i) => (
          <fieldset key={i} class="record-form__item">
            <legend>{t("fLocationN", { n: i + 1 })}</legend>
            <TextField
              ctx={ctx}
              field={`locations.${i}.name`}
              label={t("fLocationName")}
              value={location.name}
              onInput={(name) => setLocation(i, { ...location, name })}
            />
            <TextField
              ctx={ctx}
              field={`locations.${i}.address`}
              label={t("fLocationAddress")}
              hint={t("fLocationHint")}
              value={location.address}
              onInput={(address) => setLocation(i, { ...location, address })}
            />
            <button
              type="button"
              onClick={() =>
                set(
                  "locations",
                  draft.locations.filter((_, j) => j !== i),
                )
              }
            >
              {t("fLocationRemove", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => set("locations", [...draft.locations, { name: "", address: "" }])}>
          {t("fLocationAdd")}
        </button>
      </fieldset>
      {text("openingHours", t("fHours"), t("fHoursHint"))}
      {text("openingHoursText", t("fHoursText"), t("fHoursTextHint"))}
      {text("sourceUrls", t("fSourceUrls"), t("fSourceUrlsHint"), { multiline: true, inputMode: "url" })}
      {text("sourceDateText", t("fSourceDate"), t("fSourceDateHint"))}
      {text("sourceKind", t("fSourceKind"), t("fSourceKindHint"))}
      {text("verified", t("fVerified"), t("fVerifiedHint"))}
      {text("note", t("fNote"), t("fNoteHint"), { multiline: true })}
    </div>
  );
}
