/** The app's one IndexedDB database: datasets (one record per version), settings and saved municipalities. */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { Dataset } from "../domain/schema.ts";

/** A dataset as stored: validated once on arrival, never re-validated on read. */
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
  settings: { key: string; value: unknown };
  saved: { key: string; value: { number: string; savedAt: string } };
}

const DB_NAME = "hjelpekart";
const DB_VERSION = 1;
const CURRENT_KEY = "currentDataset";

let opening: Promise<IDBPDatabase<HjelpekartDB>> | undefined;

/** Opens (once) the database; rejects when IndexedDB is unavailable or blocked. */
export function openDatabase(): Promise<IDBPDatabase<HjelpekartDB>> {
  opening ??= openDB<HjelpekartDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore("datasets", { keyPath: "version" });
      db.createObjectStore("geometry", { keyPath: "version" });
      db.createObjectStore("settings");
      db.createObjectStore("saved", { keyPath: "number" });
    },
    blocking() {
      // Another tab wants a newer database version: step aside rather than block it.
      void opening?.then((db) => db.close());
      opening = undefined;
    },
  }).catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** The current good dataset, or undefined on a first visit. */
export async function readCurrentDataset(): Promise<StoredDataset | undefined> {
  const db = await openDatabase();
  const tx = db.transaction(["settings", "datasets"]);
  const version = (await tx.objectStore("settings").get(CURRENT_KEY)) as string | undefined;
  return version ? tx.objectStore("datasets").get(version) : undefined;
}

/** The geometry stored for a dataset version. */
export async function readGeometry(version: string): Promise<unknown | undefined> {
  const db = await openDatabase();
  return (await db.get("geometry", version))?.topology;
}

/**
 * Stores a validated dataset and its geometry and makes it current in one transaction, then drops
 * older versions: a failed write leaves the last good version in place.
 */
export async function storeDataset(dataset: Dataset, topology: unknown): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(["settings", "datasets", "geometry"], "readwrite");
  const datasets = tx.objectStore("datasets");
  const geometry = tx.objectStore("geometry");
  await datasets.put({ version: dataset.version, dataset, storedAt: new Date().toISOString() });
  await geometry.put({ version: dataset.version, topology });
  await tx.objectStore("settings").put(dataset.version, CURRENT_KEY);
  for (const key of await datasets.getAllKeys()) {
    if (key !== dataset.version) {
      await datasets.delete(key);
      await geometry.delete(key);
    }
  }
  await tx.done;
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
