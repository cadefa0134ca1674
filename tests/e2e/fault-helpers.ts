/** Helpers for the fault, hostile-input and privacy tests: serve altered data versions and inspect IndexedDB. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import type { Dataset, Manifest } from "../../src/domain/schema.ts";

const dist = process.env.E2E_DIST ?? "dist";

/** Every view of the app, as hash routes (see src/app/router.ts and src/app/coverage/route.ts). */
export const VIEW_HASHES = [
  "#/",
  "#/om",
  "#/kommune/1804",
  "#/kommune/1804/utskrift",
  "#/dekning",
  "#/dekning/kart",
  "#/dekning/tabell",
  "#/dekning/rapport/1804",
] as const;

/** The manifest and dataset of the build under test, read from disk. */
export function builtData(): { manifest: Manifest; dataset: Dataset } {
  const manifest = JSON.parse(readFileSync(join(dist, "data", "manifest.json"), "utf8")) as Manifest;
  const dataset = JSON.parse(readFileSync(join(dist, manifest.dataset.url), "utf8")) as Dataset;
  return { manifest, dataset };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Options for an altered version: its dataset, and how the served bytes or manifest differ from honest ones. */
export interface AlteredVersion {
  /** Changes the dataset before it is published (a new version id is given to it). */
  edit?: (dataset: Dataset) => void;
  /** Sent instead of the honest bytes, after the manifest was computed (a corrupted or cut transfer). */
  corrupt?: (bytes: Buffer) => Buffer;
  /** Computes the manifest's size and hash over the corrupted bytes, as a broken build would. */
  hashCorrupted?: boolean;
  /** Changes the manifest after it is computed. */
  manifest?: (manifest: Manifest) => void;
  /** Extra headers on the dataset response (e.g. a Content-Length larger than the body). */
  headers?: Record<string, string>;
}

/**
 * Serves a new data version over `target`'s routes: a manifest naming a new dataset file, and that file.
 * Geometry stays the built one. Returns the new version id.
 */
export async function serveVersion(target: Page | BrowserContext, options: AlteredVersion = {}): Promise<string> {
  const { manifest: built, dataset } = builtData();
  const version = `e2e${Date.now().toString(16)}`;
  dataset.version = version;
  options.edit?.(dataset);
  const honest = Buffer.from(JSON.stringify(dataset));
  const sent = options.corrupt ? options.corrupt(honest) : honest;
  const counted = options.hashCorrupted ? sent : honest;
  const manifest: Manifest = {
    ...built,
    version,
    builtAt: dataset.builtAt,
    dataset: { url: `data/dataset-${version}.json`, sha256: sha256(counted), bytes: counted.byteLength },
  };
  options.manifest?.(manifest);
  await target.route("**/data/manifest.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(manifest) }),
  );
  await target.route(`**/data/dataset-${version}.json`, (route) =>
    route.fulfill({ contentType: "application/json", body: sent, headers: options.headers }),
  );
  return version;
}

/** The version the current-dataset pointer names in IndexedDB, read in the page (undefined when none). */
export function storedVersion(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        const request = indexedDB.open("hjelpekart");
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains("settings")) {
            db.close();
            resolve(undefined);
            return;
          }
          const get = db.transaction("settings").objectStore("settings").get("currentDataset");
          get.onsuccess = () => {
            db.close();
            resolve(get.result as string | undefined);
          };
        };
        request.onerror = () => resolve(undefined);
      }),
  );
}

/** Waits until the app has stored a dataset (the write commits just after search becomes usable). */
export async function waitForStored(page: Page): Promise<string> {
  let version: string | undefined;
  for (let i = 0; i < 50 && !version; i += 1) {
    version = await storedVersion(page);
    if (!version) await page.waitForTimeout(100);
  }
  if (!version) throw new Error("no dataset was stored");
  return version;
}

/** Collects page errors and CSP violations for a page; read `errors` at the end of a test. */
export async function watchForErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const w = window as unknown as { __csp?: string[] };
      w.__csp = [...(w.__csp ?? []), `${event.violatedDirective} ${event.blockedURI}`];
    });
  });
  return errors;
}

/** CSP violations recorded in the page since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
