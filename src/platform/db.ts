/** The app's one IndexedDB database: datasets (one record per version), settings and saved municipalities. */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { assembleSlice, type LocalPart, type SharedPart, splitDataset } from "../domain/dataset-slice.ts";
import type { EditorDraft } from "../domain/record-draft.ts";
import type { ErrorReport } from "../domain/report.ts";
import type { Dataset } from "../domain/schema.ts";

/** A dataset as stored: validated once on arrival, only shape-checked on read. */
export interface StoredDataset {
  version: string;
  dataset: Dataset;
  storedAt: string;
}

/** Municipality boundaries for one dataset version (TopoJSON), kept apart so start-up does not read them. */
export interface StoredGeometry {
  version: string;
  topology: unknown;
}

interface HjelpekartDB extends DBSchema {
  datasets: { key: string; value: StoredDataset };
  geometry: { key: string; value: StoredGeometry };
  /**
   * The current dataset cut per municipality (`<version>/shared` and `<version>/<number>`), written with it, so a
   * page of one municipality can open from two small records.
   */
  slices: { key: string; value: SharedPart | LocalPart };
  settings: { key: string; value: unknown };
  saved: { key: string; value: { number: string; savedAt: string } };
  /** Error reports kept until the user sends them (issue 8). */
  reports: { key: string; value: ErrorReport };
  /** Editor drafts, one per municipality (issue 8). */
  drafts: { key: string; value: EditorDraft };
}

/** Why the database could not be used: another tab holds an older version open, or storage is refused. */
export class StorageUnavailable extends Error {
  override name = "StorageUnavailable";
  /** "blocked" when another tab is in the way, "unavailable" otherwise (private mode, no IndexedDB). */
  constructor(
    readonly reason: "blocked" | "unavailable",
    message: string,
  ) {
    super(message);
  }
}

const DB_NAME = "hjelpekart";
// 2: reports and drafts stores for "report an error" and the offer editor. 3: slices.
const DB_VERSION = 3;
const CURRENT_KEY = "currentDataset";
// Opening normally takes milliseconds; a request that hangs (blocked upgrade, broken profile) must not hold the app.
const OPEN_TIMEOUT_MS = 4000;

let opening: Promise<IDBPDatabase<HjelpekartDB>> | undefined;

/** Opens (once) the database; rejects with StorageUnavailable when IndexedDB is unavailable, blocked or hangs. */
export function openDatabase(): Promise<IDBPDatabase<HjelpekartDB>> {
  opening ??= openOnce().catch((error: unknown) => {
    opening = undefined;
    throw error instanceof StorageUnavailable ? error : new StorageUnavailable("unavailable", String(error));
  });
  return opening;
}

function openOnce(): Promise<IDBPDatabase<HjelpekartDB>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: StorageUnavailable) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new StorageUnavailable("unavailable", "IndexedDB did not open in time")),
      OPEN_TIMEOUT_MS,
    );
    let request: Promise<IDBPDatabase<HjelpekartDB>>;
    try {
      request = openDB<HjelpekartDB>(DB_NAME, DB_VERSION, {
        upgrade(db) {
          // Creates only what is missing, so any older layout upgrades without losing saved municipalities.
          if (!db.objectStoreNames.contains("datasets")) db.createObjectStore("datasets", { keyPath: "version" });
          if (!db.objectStoreNames.contains("geometry")) db.createObjectStore("geometry", { keyPath: "version" });
          if (!db.objectStoreNames.contains("settings")) db.createObjectStore("settings");
          if (!db.objectStoreNames.contains("saved")) db.createObjectStore("saved", { keyPath: "number" });
          if (!db.objectStoreNames.contains("reports")) db.createObjectStore("reports", { keyPath: "id" });
          if (!db.objectStoreNames.contains("drafts")) db.createObjectStore("drafts", { keyPath: "municipality" });
          if (!db.objectStoreNames.contains("slices")) db.createObjectStore("slices");
        },
        blocked() {
          // Another tab (an older app version) keeps the database open: work in memory rather than wait.
          fail(new StorageUnavailable("blocked", "another tab holds an older database version open"));
        },
        blocking(_current, _blocked, event) {
          // Another tab wants a newer database version: step aside rather than block it.
          (event.target as IDBDatabase).close();
          opening = undefined;
        },
        terminated() {
          // The browser closed the connection (storage cleared): reopen on next use.
          opening = undefined;
        },
      });
    } catch (error) {
      // Some private modes throw on merely touching window.indexedDB.
      fail(new StorageUnavailable("unavailable", String(error)));
      return;
    }
    request.then(
      (db) => {
        if (settled) {
          db.close(); // Opened after we gave up: nobody will use this connection.
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(db);
      },
      (error: unknown) => fail(new StorageUnavailable("unavailable", String(error))),
    );
  });
}

/** The record the current-version pointer names, or undefined on a first visit (or after eviction). */
export async function readCurrentDataset(): Promise<StoredDataset | undefined> {
  const db = await openDatabase();
  const tx = db.transaction(["settings", "datasets"]);
  const version = (await tx.objectStore("settings").get(CURRENT_KEY)) as string | undefined;
  return typeof version === "string" ? tx.objectStore("datasets").get(version) : undefined;
}

/**
 * One municipality's share of the current dataset (see domain/dataset-slice.ts), or undefined when it is not
 * stored (a dataset stored by an older app, an unknown number, a first visit).
 */
export async function readCurrentSlice(number: string): Promise<Dataset | undefined> {
  const db = await openDatabase();
  const tx = db.transaction(["settings", "slices"]);
  const version = (await tx.objectStore("settings").get(CURRENT_KEY)) as string | undefined;
  if (typeof version !== "string") return undefined;
  const slices = tx.objectStore("slices");
  const [shared, part] = await Promise.all([slices.get(`${version}/shared`), slices.get(`${version}/${number}`)]);
  return shared && part && "meta" in shared && !("meta" in part) ? assembleSlice(shared, part) : undefined;
}

/** The geometry stored for a dataset version. */
export async function readGeometry(version: string): Promise<unknown | undefined> {
  const db = await openDatabase();
  return (await db.get("geometry", version))?.topology;
}

/**
 * Stores a validated dataset (with its geometry, when given, and cut per municipality) and makes it current in one
 * transaction, then drops older versions and their geometry: a failed write (quota exceeded, tab closed) aborts it all and leaves the last
 * good version.
 */
export async function storeDataset(dataset: Dataset, topology?: unknown): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(["settings", "datasets", "geometry", "slices"], "readwrite");
  const done = tx.done;
  // Observed here so an abort never surfaces as an unhandled rejection; awaited below.
  done.catch(() => undefined);
  try {
    const datasets = tx.objectStore("datasets");
    const geometry = tx.objectStore("geometry");
    await datasets.put({ version: dataset.version, dataset, storedAt: new Date().toISOString() });
    if (topology !== undefined) await geometry.put({ version: dataset.version, topology });
    const slices = tx.objectStore("slices");
    await slices.clear();
    const { shared, parts } = splitDataset(dataset);
    await Promise.all([
      slices.put(shared, `${dataset.version}/shared`),
      ...[...parts].map(([number, part]) => slices.put(part, `${dataset.version}/${number}`)),
    ]);
    await tx.objectStore("settings").put(dataset.version, CURRENT_KEY);
    for (const key of await datasets.getAllKeys()) if (key !== dataset.version) await datasets.delete(key);
    for (const key of await geometry.getAllKeys()) if (key !== dataset.version) await geometry.delete(key);
    await done;
  } catch (error) {
    try {
      tx.abort(); // A request that threw synchronously would otherwise let the rest auto-commit.
    } catch {
      // Already finished or aborted.
    }
    throw (tx.error ?? error) as Error;
  }
}

/**
 * Stores the geometry of a dataset version that arrived after the dataset itself; skipped when that version is no
 * longer current (a newer dataset was stored meanwhile), so no geometry outlives its dataset.
 */
export async function storeGeometry(version: string, topology: unknown): Promise<boolean> {
  const db = await openDatabase();
  const tx = db.transaction(["settings", "geometry"], "readwrite");
  const current = await tx.objectStore("settings").get(CURRENT_KEY);
  if (current === version) await tx.objectStore("geometry").put({ version, topology });
  await tx.done;
  return current === version;
}

/** Reads one setting. */
export async function readSetting<T>(key: string): Promise<T | undefined> {
  const db = await openDatabase();
  return (await db.get("settings", key)) as T | undefined;
}

/** Writes one setting. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  const db = await openDatabase();
  await db.put("settings", value, key);
}

/** Saved municipality numbers, oldest first. */
export async function readSavedMunicipalities(): Promise<string[]> {
  const db = await openDatabase();
  const rows = await db.getAll("saved");
  return rows.sort((a, b) => a.savedAt.localeCompare(b.savedAt)).map((row) => row.number);
}

/** Saves or forgets a municipality. */
export async function setMunicipalitySaved(number: string, saved: boolean): Promise<void> {
  const db = await openDatabase();
  if (saved) await db.put("saved", { number, savedAt: new Date().toISOString() });
  else await db.delete("saved", number);
}

/** Every stored error report, newest first. */
export async function readReports(): Promise<ErrorReport[]> {
  const db = await openDatabase();
  return (await db.getAll("reports")).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Stores or updates an error report. */
export async function saveReport(report: ErrorReport): Promise<void> {
  const db = await openDatabase();
  await db.put("reports", report);
}

/** Deletes an error report. */
export async function deleteReport(id: string): Promise<void> {
  const db = await openDatabase();
  await db.delete("reports", id);
}

/** The editor draft for a municipality, if any. */
export async function readDraft(municipality: string): Promise<EditorDraft | undefined> {
  const db = await openDatabase();
  return db.get("drafts", municipality);
}

/** Stores the editor draft for its municipality. */
export async function saveDraft(draft: EditorDraft): Promise<void> {
  const db = await openDatabase();
  await db.put("drafts", draft);
}

/** Deletes the editor draft for a municipality. */
export async function deleteDraft(municipality: string): Promise<void> {
  const db = await openDatabase();
  await db.delete("drafts", municipality);
}

/** Deletes everything a person typed and kept on this device: error reports and editor drafts (quick exit). */
export async function clearTypedContent(): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(["reports", "drafts"], "readwrite");
  await Promise.all([tx.objectStore("reports").clear(), tx.objectStore("drafts").clear(), tx.done]);
}
