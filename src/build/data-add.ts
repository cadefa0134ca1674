/**
 * Merges a contributed file into the curated register: validates it with the full data check against the
 * current records, computes the diff, and writes only when everything is valid. Node only.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { CONTRIBUTION_FORMAT, CONTRIBUTION_VERSION } from "../domain/contribution.ts";
import type { Service } from "../domain/schema.ts";
import { showHidden } from "../domain/text-safety.ts";
import { checkServices } from "./check-services.ts";
import { contributionScopeErrors } from "./contribution-scope.ts";
import type { DataError } from "./data-error.ts";
import { parseMunicipalityRegister } from "./importers/shared-register.ts";
import { formatDataJson } from "./json-format.ts";
import { jsonErrorPlace, loadServiceDir, readUtf8, validateServiceRecords } from "./load-services.ts";
import { compileOpeningHours } from "./opening-hours.ts";
import { repoRoot } from "./paths.ts";
import { diffRecords, type RecordDiff } from "./record-diff.ts";

/** Inputs of one merge. */
export interface DataAddInput {
  /** The contributed file. */
  file: string;
  /** The curated folder (with services/*.json). */
  curatedDir: string;
  /** The base data folder (data/base, for the municipality register). */
  baseDir: string;
  now: Date;
  /** Target for new records when the file does not say which municipality it is for: `contributed-<name>.json`. */
  name?: string;
  dryRun?: boolean;
}

/** What a merge found and did. */
export interface DataAddResult {
  ok: boolean;
  errors: DataError[];
  diff: RecordDiff<Service>;
  /** Data file of each added or changed record (relative to the repository, as in error messages). */
  fileOf: Map<string, string>;
  /** Files written (empty on a dry run, when nothing changed, or when refused). */
  written: string[];
  /** Envelope details worth showing the maintainer. */
  meta: { municipality?: string; createdAt?: string; datasetVersion?: string; contributor?: string; message?: string };
}

const EMPTY_DIFF: RecordDiff<Service> = { added: [], changed: [], removed: [] };

/** Validates and merges a contribution; never writes when anything is wrong. */
export function addContribution(input: DataAddInput): DataAddResult {
  const label = relative(repoRoot, input.file);
  const result: DataAddResult = { ok: false, errors: [], diff: EMPTY_DIFF, fileOf: new Map(), written: [], meta: {} };
  const fail = (message: string, record?: string, field?: string) => {
    result.errors.push({ file: label, record, field, message });
    return result;
  };
  if (!existsSync(input.file)) return fail("file not found");
  const text = readUtf8(input.file);
  if (typeof text !== "string") return fail(text.error);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return fail(`not valid JSON${jsonErrorPlace(text, message)} (${message})`);
  }
  const envelope = readEnvelope(parsed);
  if (typeof envelope === "string") return fail(envelope);
  result.meta = envelope.meta;

  const register = parseMunicipalityRegister(readFileSync(join(input.baseDir, "register/kommuner_2024.csv"), "utf8"));
  const numbers = new Set(register.map((m) => m.number));
  if (envelope.meta.municipality !== undefined && !numbers.has(envelope.meta.municipality)) {
    return fail(`unknown municipality number ${envelope.meta.municipality}`, undefined, "municipality");
  }

  // Unknown keys (at any depth), hand-written `hours` and hidden characters are refused here, as in data:check.
  const incoming = validateServiceRecords(envelope.records, label);
  result.errors.push(...incoming.errors);
  const ids = new Set<string>();
  for (const { service } of incoming.services) {
    if (ids.has(service.id)) fail("appears twice in the contributed file", `"${service.id}"`, "id");
    ids.add(service.id);
  }

  const servicesDir = join(input.curatedDir, "services");
  const current = loadServiceDir(servicesDir);
  result.errors.push(...current.errors);
  const target = targetFileName(envelope.meta.municipality ?? input.name, incoming.services);
  if (!target) {
    return fail(
      "cannot tell which municipality the new records are for: give the envelope a municipality, or pass --name",
    );
  }
  const targetLabel = relative(repoRoot, join(servicesDir, target));
  const byId = new Map(current.services.map((entry) => [entry.service.id, entry]));
  const served = new Set(incoming.services.flatMap(({ service }) => service.area.municipalities));
  // The file's municipality: the envelope's, a numeric --name, or (a plain array) the one all records serve.
  const scope =
    envelope.meta.municipality ??
    (/^\d{4}$/.test(input.name ?? "") ? input.name : served.size === 1 ? [...served][0] : undefined);
  result.errors.push(
    ...contributionScopeErrors(
      incoming.services.map(({ service }) => service),
      (id) => byId.get(id)?.service,
      scope,
    ).map((error) => ({ file: label, ...error })),
  );
  const merged = current.services.map((entry) => {
    const replacement = incoming.services.find((s) => s.service.id === entry.service.id);
    if (!replacement) return entry;
    // The app never has the maintainer notes (they are not published), so a record edited there comes back
    // without one: that keeps the note in the register; a note written in the editor replaces it.
    const note = replacement.service.maintainerNote ?? entry.service.maintainerNote;
    const service = note === undefined ? replacement.service : { ...replacement.service, maintainerNote: note };
    return { service, file: entry.file };
  });
  for (const { service } of incoming.services) {
    if (!byId.has(service.id)) merged.push({ service, file: targetLabel });
  }
  result.errors.push(...checkServices(merged, numbers, input.now.toISOString().slice(0, 10)));
  // The build also requires hours a weekly schedule can carry; check the contributed ones the same way.
  for (const { service } of incoming.services) {
    if (service.openingHours === undefined) continue;
    const compiled = compileOpeningHours(service.openingHours);
    if (!compiled.ok)
      result.errors.push({ file: label, record: `"${service.id}"`, field: "openingHours", message: compiled.error });
  }

  result.diff = diffRecords(
    current.services.map((entry) => entry.service),
    merged.map((entry) => entry.service),
  );
  for (const entry of merged) result.fileOf.set(entry.service.id, entry.file);
  if (result.errors.length > 0) return result;
  result.ok = true;
  if (input.dryRun) return result;

  const touched = new Set([
    ...result.diff.added.map((s) => result.fileOf.get(s.id)!),
    ...result.diff.changed.map((c) => result.fileOf.get(c.id)!),
  ]);
  for (const file of touched) {
    const records = merged.filter((entry) => entry.file === file).map((entry) => entry.service);
    const path = join(servicesDir, basename(file));
    writeFileSync(path, formatDataJson(records));
    result.written.push(relative(repoRoot, path));
  }
  return result;
}

const ENVELOPE_KEYS = [
  "format",
  "formatVersion",
  "municipality",
  "createdAt",
  "datasetVersion",
  "contributor",
  "message",
  "services",
];
const CONTRIBUTOR_KEYS = ["name", "role", "email"];

/**
 * The envelope lines shown to the maintainer before the diff. Every control, bidirectional and zero-width
 * character is spelt out (⟨U+202E⟩), so a message cannot move the cursor, recolour or hide a diff line.
 */
export function formatContributionHeader(meta: DataAddResult["meta"]): string[] {
  const lines: string[] = [];
  if (meta.municipality) lines.push(`Contribution for municipality ${meta.municipality}`);
  if (meta.contributor) lines.push(`From: ${meta.contributor}`);
  if (meta.createdAt)
    lines.push(`Exported: ${meta.createdAt}${meta.datasetVersion ? ` (dataset ${meta.datasetVersion})` : ""}`);
  if (meta.message) lines.push(`Message: ${meta.message}`);
  return lines.map(showHidden);
}

/** The records and metadata of a contribution, or why the file is not one. */
function readEnvelope(parsed: unknown): { records: unknown[]; meta: DataAddResult["meta"] } | string {
  if (Array.isArray(parsed)) return { records: parsed, meta: {} };
  if (typeof parsed !== "object" || parsed === null) {
    return "must be a JSON array of service records, or a contribution object with a services array";
  }
  const o = parsed as Record<string, unknown>;
  if (o.format !== undefined && o.format !== CONTRIBUTION_FORMAT) return `format must be "${CONTRIBUTION_FORMAT}"`;
  if (o.formatVersion !== undefined && o.formatVersion !== CONTRIBUTION_VERSION) {
    return `formatVersion ${String(o.formatVersion)} is not supported (expected ${CONTRIBUTION_VERSION})`;
  }
  if (!Array.isArray(o.services)) return "services must be an array of service records";
  const unknown = Object.keys(o).filter((key) => !ENVELOPE_KEYS.includes(key));
  if (unknown.length > 0) return `${unknown.join(", ")}: not a field of a contribution file`;
  if (o.contributor !== undefined) {
    if (typeof o.contributor !== "object" || o.contributor === null) return "contributor must be an object";
    const extra = Object.keys(o.contributor).filter((key) => !CONTRIBUTOR_KEYS.includes(key));
    if (extra.length > 0) return `contributor.${extra.join(", contributor.")}: not a field of a contribution file`;
  }
  if (o.municipality !== undefined && (typeof o.municipality !== "string" || !/^\d{4}$/.test(o.municipality))) {
    return "municipality must be a 4-digit municipality number";
  }
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
  const who = o.contributor as Record<string, unknown> | undefined;
  const email = text(who?.email);
  const contributor = who
    ? [[text(who.name), text(who.role)].filter(Boolean).join(", "), email && `<${email}>`].filter(Boolean).join(" ")
    : undefined;
  return {
    records: o.services,
    meta: {
      municipality: o.municipality as string | undefined,
      createdAt: text(o.createdAt),
      datasetVersion: text(o.datasetVersion),
      contributor: contributor || undefined,
      message: text(o.message),
    },
  };
}

/** `contributed-<municipality>.json`, from the envelope, --name, or the one municipality all records serve. */
function targetFileName(name: string | undefined, records: readonly { service: Service }[]): string | undefined {
  const safe = name?.replace(/[^a-z0-9-]/gi, "").toLowerCase();
  if (name !== undefined) return safe ? `contributed-${safe}.json` : undefined;
  const served = new Set(records.flatMap(({ service }) => service.area.municipalities));
  if (served.size === 1) return `contributed-${[...served][0]}.json`;
  if (records.length === 0) return "contributed.json";
  return undefined;
}
