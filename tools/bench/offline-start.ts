/**
 * Offline cold start at 4× CPU, and IndexedDB read time.
 *
 * Definition: after one online visit (service worker active, dataset committed to IndexedDB), the network is
 * switched off and a new tab navigates to the app. "Search enabled" is the first frame painted with
 * #search enabled, counted from navigation start (performance.now() is 0 there). Then the whole query
 * "9520" is entered as one input event and the time to the frame that shows its result is measured as in
 * search-latency.ts. "Usable" = search enabled + that result time: the moment a person could have typed and
 * seen a result, without counting the benchmark's own round trips between keystrokes.
 */
import type { BrowserContext } from "@playwright/test";
import { throttleCpu } from "./browser.ts";
import { installKeystrokeProbe } from "./search-latency.ts";
import { median } from "./stats.ts";

/** Offline start figures in milliseconds from navigation start. */
export interface OfflineStart {
  searchEnabledMs: number;
  firstResultMs: number;
  usableMs: number;
  /** The app's own `idb-read` performance measure (loadStored), when the build has it. */
  appIdbReadMs?: number;
  /** Median of five reads of the settings + dataset record, straight from a page script. */
  idbReadMs: number;
  idbRecordChars: number;
}

/** Measures an offline start in `context`, which must already be warm (see warmUp). */
export async function measureOfflineStart(context: BrowserContext): Promise<OfflineStart> {
  await context.setOffline(true);
  const page = await context.newPage();
  try {
    await installKeystrokeProbe(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __enabledPainted?: number };
      const observer = new MutationObserver(() => {
        const input = document.getElementById("search") as HTMLInputElement | null;
        if (!input || input.disabled) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.__enabledPainted = performance.now())));
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled"] });
    });
    await throttleCpu(page);
    await page.goto("/");
    await page.waitForFunction(() => (window as unknown as { __enabledPainted?: number }).__enabledPainted, undefined, {
      timeout: 30_000,
    });
    const searchEnabledMs = await page.evaluate(
      () => (window as unknown as { __enabledPainted: number }).__enabledPainted,
    );
    await page.evaluate(() => (window as unknown as { __keystrokes: unknown[] }).__keystrokes.splice(0));
    await page.locator("#search").fill("9520");
    await page.locator(".results a").first().waitFor();
    await page.waitForFunction(() => (window as unknown as { __keystrokes: unknown[] }).__keystrokes.length > 0);
    const firstResultMs = await page.evaluate(
      () => (window as unknown as { __keystrokes: { ms: number }[] }).__keystrokes.at(-1)!.ms,
    );
    const appIdbReadMs = await page.evaluate(() => performance.getEntriesByName("idb-read")[0]?.duration);
    const reads = await page.evaluate(async () => {
      const readOnce = () =>
        new Promise<{ ms: number; chars: number }>((done, fail) => {
          const t0 = performance.now();
          const open = indexedDB.open("hjelpekart");
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(["settings", "datasets"]);
            const version = tx.objectStore("settings").get("currentDataset");
            version.onsuccess = () => {
              const record = tx.objectStore("datasets").get(version.result as string);
              record.onsuccess = () => {
                const ms = performance.now() - t0;
                db.close();
                done({ ms, chars: JSON.stringify(record.result).length });
              };
            };
          };
        });
      const out: { ms: number; chars: number }[] = [];
      for (let i = 0; i < 5; i++) out.push(await readOnce());
      return out;
    });
    return {
      searchEnabledMs,
      firstResultMs,
      usableMs: searchEnabledMs + firstResultMs,
      ...(appIdbReadMs === undefined ? {} : { appIdbReadMs }),
      idbReadMs: median(reads.map((r) => r.ms)),
      idbRecordChars: reads[0]?.chars ?? 0,
    };
  } finally {
    await page.close();
    await context.setOffline(false);
  }
}
