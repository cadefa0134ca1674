/**
 * Refreshes the repository's copies of the base data (register, postal codes, boundaries, Oslo districts),
 * the research rows the curated records cite and the HSDS schemas the tests use, from the shared data folder.
 * This is the only code that reads outside the repository; the build and the tests read `data/` only.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** One copied file: where it lives in the repository, where it came from, and its content hash. */
export interface ProvenanceEntry {
  /** Path under `data/`. */
  path: string;
  /** Path under the shared folder (`data/…` or `hsds/…`). */
  upstream: string;
  sha256: string;
  bytes: number;
}

/** The provenance list, relative to `data/`. */
export const PROVENANCE_FILE = "base/PROVENANCE.json";

/** The two shared folders a sync reads: the base and research data, and the HSDS schemas. */
export interface SharedFolders {
  data: string;
  hsds: string;
}

/** Fixed files: repository path under `data/` ← `data/…` (shared data folder) or `hsds/…` (shared HSDS folder). */
export const FIXED_COPIES: readonly { path: string; upstream: string }[] = [
  { path: "base/register/kommuner_2024.csv", upstream: "data/register/kommuner_2024.csv" },
  { path: "base/register/fylker_2024.csv", upstream: "data/register/fylker_2024.csv" },
  { path: "base/register/kommune_nettsider.csv", upstream: "data/register/kommune_nettsider.csv" },
  { path: "base/register/oslo_bydeler.csv", upstream: "data/register/oslo_bydeler.csv" },
  { path: "base/postnummer/postnummer.csv", upstream: "data/postnummer/postnummer.csv" },
  // Bring's own register as published: the postal importer is tested against it.
  {
    path: "base/postnummer/postnummerregister_upstream.tsv",
    upstream: "data/postnummer/postnummerregister_upstream.tsv",
  },
  { path: "base/geo/kommuner_2024_S.topojson", upstream: "data/geo/kommuner_2024_S.topojson" },
  { path: "base/geo/oslo_bydeler.geojson", upstream: "data/geo/oslo/oslo_bydeler.geojson" },
  { path: "base/geo/LICENSE-bydelsfakta.txt", upstream: "data/geo/oslo/LICENSE-bydelsfakta.txt" },
  // The fourth pass's search log: the only place that gives some national figures' source links.
  { path: "research/services/PASS4.md", upstream: "data/services/PASS4.md" },
  // Only the two compiled schemas the export is validated against, with their licence (CC BY-SA 4.0).
  { path: "hsds-schema/compiled/service.json", upstream: "hsds/schema/compiled/service.json" },
  { path: "hsds-schema/compiled/organization.json", upstream: "hsds/schema/compiled/organization.json" },
  { path: "hsds-schema/LICENSE", upstream: "hsds/LICENSE" },
];

/** Every research CSV in the shared services folder is copied under this folder with the same name. */
const RESEARCH_DIR = "research/services";

/** What one sync did, by repository path. */
export interface SyncReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
}

/** A sync that cannot run (shared folder or a listed file missing); its message is one line. */
export class SyncError extends Error {
  override name = "SyncError";
}

/** SHA-256 of a file's bytes, hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The files a sync copies: the fixed list plus every `*.csv` in the shared services folder. */
export function plannedCopies(shared: SharedFolders): { path: string; upstream: string }[] {
  const servicesDir = join(shared.data, "services");
  if (!existsSync(servicesDir)) throw new SyncError(`shared services folder not found: ${servicesDir}`);
  const research = readdirSync(servicesDir)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => ({ path: `${RESEARCH_DIR}/${name}`, upstream: `data/services/${name}` }));
  return [...FIXED_COPIES, ...research];
}

/** Reads the provenance list of a repository `data/` folder; empty when there is none yet. */
export function readProvenance(dataDir: string): ProvenanceEntry[] {
  const file = join(dataDir, PROVENANCE_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ProvenanceEntry[]) : [];
}

/** The absolute path of an upstream name (`data/…` or `hsds/…`). */
function upstreamFile(shared: SharedFolders, upstream: string): string {
  const [folder, ...rest] = upstream.split("/");
  return join(folder === "hsds" ? shared.hsds : shared.data, ...rest);
}

/**
 * Copies every planned file from the shared folders into `dataDir`, removes research copies that are no longer
 * upstream, and rewrites the provenance list. Checks that every source exists before writing anything.
 */
export function syncData(shared: SharedFolders, dataDir: string): SyncReport {
  for (const dir of [shared.data, shared.hsds]) {
    if (!existsSync(dir)) throw new SyncError(`shared folder not found: ${dir}`);
  }
  const planned = plannedCopies(shared);
  const missing = planned.filter((copy) => !existsSync(upstreamFile(shared, copy.upstream)));
  if (missing.length > 0) {
    throw new SyncError(`missing in the shared folder: ${missing.map((copy) => copy.upstream).join(", ")}`);
  }
  const report: SyncReport = { added: [], changed: [], unchanged: [], removed: [] };
  const entries: ProvenanceEntry[] = [];
  for (const copy of planned) {
    const source = upstreamFile(shared, copy.upstream);
    const bytes = readFileSync(source);
    const target = join(dataDir, copy.path);
    const sha256 = sha256Of(bytes);
    if (!existsSync(target)) report.added.push(copy.path);
    else if (sha256Of(readFileSync(target)) !== sha256) report.changed.push(copy.path);
    else report.unchanged.push(copy.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    entries.push({ path: copy.path, upstream: copy.upstream, sha256, bytes: bytes.length });
  }
  const keep = new Set(planned.map((copy) => copy.path));
  for (const old of readProvenance(dataDir)) {
    if (keep.has(old.path)) continue;
    rmSync(join(dataDir, old.path), { force: true });
    report.removed.push(old.path);
  }
  writeFileSync(join(dataDir, PROVENANCE_FILE), `${JSON.stringify(entries, null, 2)}\n`);
  return report;
}
