/**
 * "Use my location": asks the browser for one position and resolves it to a municipality on the device.
 * The position is never stored or sent; boundaries come from IndexedDB (or, if missing, the app's own server).
 */
import type { LocateResult } from "../domain/locate.ts";
import { fetchManifest } from "./dataset-sync.ts";
import { readGeometry } from "./db.ts";

/** Outcome of a "use my location" attempt; in a city with districts, `district` is the resident's district when known. */
export type LocationOutcome =
  | (LocateResult & { district?: string })
  | { kind: "denied" }
  | { kind: "timeout" }
  | { kind: "unavailable" }
  | { kind: "unsupported" }
  | { kind: "no-geometry" };

/** How long to wait for a position before giving up. */
const POSITION_TIMEOUT_MS = 15_000;

/** Asks for the current position once; never throws. */
function currentPosition(): Promise<GeolocationPosition | Exclude<LocationOutcome, LocateResult>> {
  if (!("geolocation" in navigator)) return Promise.resolve({ kind: "unsupported" });
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      resolve,
      (error) =>
        resolve({
          kind:
            error.code === error.PERMISSION_DENIED
              ? "denied"
              : error.code === error.TIMEOUT
                ? "timeout"
                : "unavailable",
        }),
      // Municipality precision does not need GPS; a recent cached fix is fine and faster.
      { enableHighAccuracy: false, timeout: POSITION_TIMEOUT_MS, maximumAge: 300_000 },
    );
  });
}

/** The boundaries for a dataset version: from IndexedDB, else fetched from this app's server (not stored). */
async function loadTopology(version: string): Promise<unknown | undefined> {
  try {
    const stored = await readGeometry(version);
    if (stored) return stored;
  } catch {
    // Storage unavailable: fall through to the network.
  }
  try {
    const manifest = await fetchManifest();
    const response = await fetch(`${import.meta.env.BASE_URL}${manifest.geometry.url}`);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Gets the position and finds its municipality; the lookup code loads only now, on demand. */
export async function locateMe(datasetVersion: string): Promise<LocationOutcome> {
  const [position, topology, { createLocator }, { createDistrictLocator }] = await Promise.all([
    currentPosition(),
    loadTopology(datasetVersion),
    import("../domain/locate.ts"),
    import("../domain/locate-district.ts"),
  ]);
  if (!("coords" in position)) return position;
  if (!topology) return { kind: "no-geometry" };
  const { latitude, longitude } = position.coords;
  try {
    const result = createLocator(topology).locate(latitude, longitude);
    if (result.kind !== "inside") return result;
    // In Oslo the district decides which offers apply. Sentrum falls back to St. Hanshaugen; Marka stays without.
    const district = createDistrictLocator(topology).locate(latitude, longitude);
    return district.kind !== "none" && district.code.startsWith(result.number)
      ? { ...result, district: district.code }
      : result;
  } catch {
    return { kind: "no-geometry" };
  }
}
