/**
 * The editor's form state for one service record (plain strings, as typed) and the conversion to and from
 * the data/services record format. Pure, so the export is testable without a browser.
 */
import type { OfferType, Service, ServiceStatus } from "./schema.ts";

/** Contact kinds the editor offers. */
export const CONTACT_KINDS = ["phone", "sms", "web", "email"] as const;
/** One contact kind. */
export type ContactKind = (typeof CONTACT_KINDS)[number] | "chat";

/** A contact as typed. */
export interface ContactDraft {
  kind: ContactKind;
  value: string;
  label: string;
}

/** A place as typed. */
export interface LocationDraft {
  name: string;
  address: string;
  /** Kept from the record it came from; the editor does not guess it. */
  municipality?: string;
}

/** One record as typed in the editor. */
export interface RecordDraft {
  /** Stable key for the form, also while the id is still being typed. */
  key: string;
  /** Id of the dataset record this draft edits; absent for a new offer. */
  originalId?: string;
  type: OfferType | "";
  name: string;
  provider: string;
  description: string;
  status: ServiceStatus | "";
  audience: string;
  ageMin: string;
  ageMax: string;
  topics: ("mental-health" | "substance-use")[];
  referral: Service["referral"];
  cost: Service["cost"];
  contacts: ContactDraft[];
  locations: LocationDraft[];
  openingHours: string;
  openingHoursText: string;
  /** One URL per line. */
  sourceUrls: string;
  sourceDateText: string;
  sourceKind: string;
  verified: string;
  note: string;
  /** Fields of the original record the editor does not show, written back unchanged (area, parent, …). */
  kept: Partial<Service>;
}

/** The whole editor state for one municipality, as kept in IndexedDB. */
export interface EditorDraft {
  municipality: string;
  records: RecordDraft[];
  contributor: { name: string; role: string; email: string };
  message: string;
  /** Dataset version the records were taken from. */
  datasetVersion?: string;
  updatedAt: string;
}

/** An empty record for a new offer in a municipality. */
export function emptyDraft(key: string): RecordDraft {
  return {
    key,
    type: "",
    name: "",
    provider: "",
    description: "",
    status: "active",
    audience: "",
    ageMin: "",
    ageMax: "",
    topics: ["mental-health"],
    referral: "unknown",
    cost: "unknown",
    contacts: [],
    locations: [],
    openingHours: "",
    openingHoursText: "",
    sourceUrls: "",
    sourceDateText: "",
    sourceKind: "",
    verified: "",
    note: "",
    kept: {},
  };
}

/** The form state of an existing record. */
export function recordToDraft(service: Service, key: string): RecordDraft {
  const {
    id,
    type,
    name,
    provider,
    description,
    status,
    audience,
    ageMin,
    ageMax,
    topics,
    referral,
    cost,
    contacts,
    locations,
    openingHours,
    openingHoursText,
    hours: _compiled,
    source,
    verified,
    maintainerNote: note,
    ...kept
  } = service;
  return {
    key,
    originalId: id,
    type,
    name,
    provider: provider ?? "",
    description: description ?? "",
    status,
    audience: audience ?? "",
    ageMin: ageMin === undefined ? "" : String(ageMin),
    ageMax: ageMax === undefined ? "" : String(ageMax),
    topics: [...topics],
    referral,
    cost,
    contacts: contacts.map((c) => ({
      kind: c.kind,
      value: c.kind === "phone" || c.kind === "sms" ? c.number : c.kind === "email" ? c.address : c.url,
      label: c.label ?? "",
    })),
    locations: locations.map((l) => ({ name: l.name ?? "", address: l.address, municipality: l.municipality })),
    openingHours: openingHours ?? "",
    openingHoursText: openingHoursText ?? "",
    sourceUrls: source.urls.join("\n"),
    sourceDateText: source.dateText,
    sourceKind: source.kind ?? "",
    verified: verified ?? "",
    note: note ?? "",
    kept,
  };
}

/** Phone numbers as digits: spaces, dots, dashes and a leading +47/0047 are dropped, as people write them. */
export function normalizePhone(value: string): string {
  const compact = value.replace(/[\s.\-()\u00a0]/g, "");
  return compact.replace(/^(\+47|0047)(?=\d{8}$)/, "");
}

/** Lower-case letters, digits and hyphens from a name, for new ids: "Rask psykisk helsehjelp" → "rask-psykisk-helsehjelp". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** The id a new record gets, following data/README.md: `<type>-<kommunenummer>-<name>`, unique among `taken`. */
export function newRecordId(draft: RecordDraft, municipality: string, taken: ReadonlySet<string>): string {
  const prefix = draft.type === "low-threshold-other" ? "lt" : draft.type || "tilbud";
  const base = [prefix, municipality, slug(draft.name) || "nytt"].join("-");
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const trimmed = (value: string) => {
  const text = value.trim();
  return text ? text : undefined;
};

const wholeNumber = (value: string): number | string | undefined => {
  const text = value.trim();
  if (!text) return undefined;
  // Left as text when not a whole number, so the schema names the field instead of a silent NaN.
  return /^\d+$/.test(text) ? Number(text) : text;
};

/** The record in data/services format; empty optional fields are left out (unknown stays unknown). */
export function draftToRecord(draft: RecordDraft, id: string, municipality: string): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id,
    type: draft.type || undefined,
    name: draft.name.trim(),
    provider: trimmed(draft.provider),
    parent: draft.kept.parent,
    description: trimmed(draft.description),
    status: draft.status || undefined,
    audience: trimmed(draft.audience),
    ageMin: wholeNumber(draft.ageMin),
    ageMax: wholeNumber(draft.ageMax),
    topics: draft.topics,
    referral: draft.referral,
    cost: draft.cost,
    contacts: draft.contacts.map((c) => {
      const label = trimmed(c.label);
      const value = c.value.trim();
      if (c.kind === "phone" || c.kind === "sms") return { kind: c.kind, number: normalizePhone(value), label };
      if (c.kind === "email") return { kind: c.kind, address: value, label };
      return { kind: c.kind, url: value, label };
    }),
    locations: draft.locations.map((l) => ({
      name: trimmed(l.name),
      address: l.address.trim(),
      municipality: l.municipality,
    })),
    openingHours: trimmed(draft.openingHours),
    openingHoursText: trimmed(draft.openingHoursText),
    area: draft.kept.area ?? { municipalities: [municipality] },
    source: {
      urls: draft.sourceUrls
        .split(/\s+/)
        .map((u) => u.trim())
        .filter(Boolean),
      dateText: draft.sourceDateText.trim(),
      kind: trimmed(draft.sourceKind),
    },
    verified: trimmed(draft.verified),
    // Resident caveats are not edited in the form, but an edit must not drop them.
    caveats: draft.kept.caveats,
    maintainerNote: trimmed(draft.note),
    supersededBy: draft.kept.supersededBy,
    statutory: draft.kept.statutory,
  };
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}
