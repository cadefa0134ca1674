/** Debian Chromium driven by playwright-core (through @playwright/test, a direct dependency), with the flags the end-to-end tests use, and CPU throttling. */
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.ts";

/** The CPU slowdown every timing is taken at: a cheap phone is roughly four times slower than a laptop. */
export const CPU_SLOWDOWN = 4;

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh profile (no service worker, no IndexedDB) with a phone-sized viewport. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, serviceWorkers: "allow", viewport: { width: 412, height: 823 } });
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); functions sent to the
  // page carry those calls, so the page needs a stand-in or every probe silently throws.
  await context.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  return context;
}

/** Slows this page's CPU by `rate` through the DevTools protocol (Emulation.setCPUThrottlingRate). */
export async function throttleCpu(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** Loads the app once so the service worker controls it and the dataset and its geometry are committed to IndexedDB. */
export async function warmUp(page: Page): Promise<void> {
  await page.goto("/");
  await page.locator("#search:enabled").waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 60_000 },
  );
  // Search works once the dataset is in memory; the IndexedDB writes may commit a moment later.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open("hjelpekart");
        open.onerror = () => done(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("settings")) return done(false);
          const tx = db.transaction(["settings", "geometry"]);
          const get = tx.objectStore("settings").get("currentDataset");
          get.onsuccess = () => {
            if (typeof get.result !== "string") {
              db.close();
              return done(false);
            }
            // The map's geometry is stored a moment after the dataset, once the page has painted it.
            const geometry = tx.objectStore("geometry").count(get.result);
            geometry.onsuccess = () => {
              db.close();
              done(geometry.result > 0);
            };
            geometry.onerror = () => done(false);
          };
          get.onerror = () => done(false);
        };
      }),
    undefined,
    { timeout: 60_000, polling: 200 },
  );
}
