/** Municipality boundaries for the coverage views: from IndexedDB, else from the network (memory mode). */
import type { Topology } from "topojson-specification";
import { fetchManifest } from "./dataset-sync.ts";
import { readGeometry } from "./db.ts";

const loaded = new Map<string, Promise<Topology | undefined>>();

/**
 * The TopoJSON stored with a dataset version. When storage has none (private mode, or storage
 * failed), fetches the current geometry named by the manifest; undefined when neither works (offline).
 */
export function loadTopology(version: string): Promise<Topology | undefined> {
  let pending = loaded.get(version);
  if (!pending) {
    pending = readStoredOrFetch(version);
    loaded.set(version, pending);
    // A failure is not cached, so coming back online can try again.
    void pending.then((topology) => {
      if (!topology) loaded.delete(version);
    });
  }
  return pending;
}

async function readStoredOrFetch(version: string): Promise<Topology | undefined> {
  try {
    const stored = await readGeometry(version);
    if (isTopology(stored)) return stored;
  } catch {
    // No IndexedDB: fall through to the network.
  }
  try {
    const manifest = await fetchManifest();
    const response = await fetch(`${import.meta.env.BASE_URL}${manifest.geometry.url}`);
    if (!response.ok) return undefined;
    const topology: unknown = await response.json();
    return isTopology(topology) ? topology : undefined;
  } catch {
    return undefined;
  }
}

function isTopology(value: unknown): value is Topology {
  const objects = (value as { objects?: Record<string, unknown> } | undefined)?.objects;
  return (value as { type?: string } | undefined)?.type === "Topology" && objects?.kommuner !== undefined;
}
