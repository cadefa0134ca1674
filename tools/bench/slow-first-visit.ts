/**
 * A first visit on a slow phone: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 4× CPU, nothing cached,
 * to the first painted search result for "Bodø".
 *
 * Method: a fresh browser profile per run (empty HTTP cache, no service worker, no IndexedDB; the
 * cache is not switched off, since a real first visit uses it for the page's own preloads); the page's network
 * and CPU are throttled through the DevTools protocol (Network.emulateNetworkConditions,
 * Emulation.setCPUThrottlingRate) before navigating. An init script plays a person who types the moment the
 * field can be typed in: as soon as #search exists and is enabled it enters "Bodø" as one input event, and a
 * MutationObserver waits for a result link naming Bodø; the figure is the frame after that link appeared
 * (requestAnimationFrame → setTimeout(0)), counted from navigation start. Requests the service worker makes on
 * its own (the precache) are outside the page's emulated network, so they do not compete here as they would
 * on a real phone. The median of three runs is reported.
 */
import type { Browser } from "@playwright/test";
import { CPU_SLOWDOWN, newContext } from "./browser.ts";
import { median } from "./stats.ts";

/** The emulated connection: a slow mobile link. */
export const SLOW_NETWORK = { downloadKbit: 1600, uploadKbit: 750, latencyMs: 150 } as const;

/**
 * The CI budget for the median, above the 1.5 s target because a busy shared machine is slower (1.2 s quiet,
 * 1.5 s at a load of 15 in docs/performance.md): it catches a first visit that waits again for files search does not
 * need (2.6 s before the compact index), not small drifts, which the bench reports against the target.
 */
export const SLOW_FIRST_VISIT_BUDGET_MS = 2500;

/** What is typed, and the text the first fitting result link must contain. */
const QUERY = "Bodø";

/** Slow first visit figures in milliseconds from navigation start. */
export interface SlowFirstVisit {
  /** Each run: search field enabled and first result for the query painted. */
  runs: { searchEnabledMs: number; resultMs: number }[];
  /** Median of the runs' result times. */
  medianMs: number;
}

/** Measures `runs` first visits to `baseURL`, each in a fresh profile. */
export async function measureSlowFirstVisit(browser: Browser, baseURL: string, runs = 3): Promise<SlowFirstVisit> {
  const out: SlowFirstVisit["runs"] = [];
  for (let i = 0; i < runs; i++) out.push(await oneVisit(browser, baseURL));
  return { runs: out, medianMs: median(out.map((run) => run.resultMs)) };
}

async function oneVisit(browser: Browser, baseURL: string): Promise<SlowFirstVisit["runs"][number]> {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.addInitScript((query: string) => {
      const w = window as unknown as { __slowVisit?: { enabled?: number; result?: number } };
      const state: { enabled?: number; result?: number } = {};
      w.__slowVisit = state;
      const painted = (set: (ms: number) => void) =>
        requestAnimationFrame(() => setTimeout(() => set(performance.now())));
      const observer = new MutationObserver(() => {
        const input = document.getElementById("search") as HTMLInputElement | null;
        if (state.enabled === undefined && input && !input.disabled && document.readyState !== "loading") {
          state.enabled = -1;
          painted((ms) => (state.enabled = ms));
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }
        if (state.result !== undefined) return;
        const links = Array.from(document.querySelectorAll(".results a"));
        if (links.some((link) => link.textContent?.includes(query))) {
          state.result = -1;
          observer.disconnect();
          painted((ms) => (state.result = ms));
        }
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ["disabled"],
      });
    }, QUERY);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: SLOW_NETWORK.latencyMs,
      downloadThroughput: (SLOW_NETWORK.downloadKbit * 1000) / 8,
      uploadThroughput: (SLOW_NETWORK.uploadKbit * 1000) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto("/", { waitUntil: "commit" });
    await page.waitForFunction(
      () => ((window as unknown as { __slowVisit?: { result?: number } }).__slowVisit?.result ?? -1) > 0,
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    const state = await page.evaluate(
      () => (window as unknown as { __slowVisit: { enabled: number; result: number } }).__slowVisit,
    );
    return { searchEnabledMs: state.enabled, resultMs: state.result };
  } finally {
    await context.close();
  }
}
