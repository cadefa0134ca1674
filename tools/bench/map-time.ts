/**
 * Map view: time until the municipality polygons are drawn, at 4× CPU.
 *
 * "Drawn" is the first of: a `map-drawn` performance mark set by the map view, or 357 `path[data-kommune]`
 * elements in the page; the figure is that moment + one painted frame. Two figures: a deep link straight to
 * #/dekning/kart (from navigation start, so it includes starting the app and reading IndexedDB), and the
 * in-app case (from the hash change on a ready page, lazy chunk and geometry still to be loaded).
 */
import type { BrowserContext, Page } from "@playwright/test";
import { throttleCpu } from "./browser.ts";

/** The route of the national map. */
export const MAP_ROUTE = "/#/dekning/kart";
const MUNICIPALITIES = 357;

/** Map timings in milliseconds, or why they could not be taken. */
export type MapTime = { deepLinkMs: number; inAppMs: number } | { unavailable: string };

async function installDrawnProbe(page: Page): Promise<void> {
  await page.addInitScript((count: number) => {
    const w = window as unknown as { __mapDrawn?: number; __mapStart: number };
    w.__mapStart = 0;
    addEventListener("hashchange", () => {
      if (w.__mapDrawn === undefined) w.__mapStart = performance.now();
    });
    const done = () => {
      if (w.__mapDrawn !== undefined) return;
      w.__mapDrawn = -1;
      requestAnimationFrame(() => setTimeout(() => (w.__mapDrawn = performance.now())));
    };
    new PerformanceObserver((list) => {
      if (list.getEntriesByName("map-drawn").length > 0) done();
    }).observe({ type: "mark", buffered: true });
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll("path[data-kommune]").length >= count) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(document, { subtree: true, childList: true });
  }, MUNICIPALITIES);
}

async function timeToDrawn(page: Page): Promise<number | undefined> {
  try {
    await page.waitForFunction(() => ((window as unknown as { __mapDrawn?: number }).__mapDrawn ?? -1) > 0, undefined, {
      timeout: 20_000,
    });
  } catch {
    return undefined;
  }
  return page.evaluate(() => {
    const w = window as unknown as { __mapDrawn: number; __mapStart: number };
    return w.__mapDrawn - w.__mapStart;
  });
}

/** Measures the map in a warm context; reports "not yet measurable" when the build has no map view. */
export async function measureMap(context: BrowserContext): Promise<MapTime> {
  const deep = await context.newPage();
  let deepLinkMs: number | undefined;
  try {
    await installDrawnProbe(deep);
    await throttleCpu(deep);
    await deep.goto(MAP_ROUTE);
    deepLinkMs = await timeToDrawn(deep);
  } finally {
    await deep.close();
  }
  if (deepLinkMs === undefined) {
    return { unavailable: `not yet measurable: no ${MUNICIPALITIES} polygons or map-drawn mark on ${MAP_ROUTE}` };
  }
  const inApp = await context.newPage();
  try {
    await installDrawnProbe(inApp);
    await throttleCpu(inApp);
    await inApp.goto("/");
    await inApp.locator("#search:enabled").waitFor({ timeout: 30_000 });
    await inApp.evaluate((hash) => {
      location.hash = hash;
    }, MAP_ROUTE.slice(1));
    const inAppMs = await timeToDrawn(inApp);
    return inAppMs === undefined
      ? { unavailable: "map drew on a deep link but not from the app" }
      : { deepLinkMs, inAppMs };
  } finally {
    await inApp.close();
  }
}
