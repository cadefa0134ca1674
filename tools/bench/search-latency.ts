/**
 * Search latency per keystroke, including render, at 4× CPU.
 *
 * Method: an init script stamps performance.now() when a key goes down in #search (or at `beforeinput`
 * for characters typed without a key event, such as "ø"), and on the `input` event schedules
 * requestAnimationFrame → setTimeout(0). The rAF callback runs just before the next frame is painted,
 * after Preact has re-rendered the results (its render is a microtask after the input handler); the
 * timeout runs once that frame is out. Keystroke latency = that moment − the key-down stamp. Keys are sent
 * one at a time and the next is only sent when the previous one has been measured, so they never overlap.
 * A second figure, "work", stops at a setTimeout(0) queued in the input handler: it runs after Preact's
 * render microtask, before the frame, so it is the main-thread time our code spends (search + render)
 * without the wait for the next frame.
 */
import type { Page } from "@playwright/test";
import { percentile } from "./stats.ts";

/** Realistic queries: names with æøå, Sámi names, postal codes, municipality numbers, service words. */
export const QUERIES = [
  "tromsø",
  "9520",
  "kautokeino",
  "guovdageaidnu",
  "bærum",
  "aalesund",
  "ålesund",
  "mo i rana",
  "0301",
  "rask psykisk",
  "fact",
  "sandnes",
  "helsestasjon for ungdom",
  "bodø",
  "kristiansand",
  "lillehammer",
  "romsa",
  "7010",
  "oslo",
  "trondheim",
];

/** Latency figures in milliseconds. */
export interface SearchLatency {
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  /** Input to DOM updated, without waiting for the frame: p50 and p95. */
  workP50: number;
  workP95: number;
  /** Results shown after each full query, as a sanity check that search really ran. */
  resultsPerQuery: Record<string, number>;
}

/** Installs the in-page probe; call before the page loads. */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __keystrokes: { value: string; ms: number; work: number }[] };
    w.__keystrokes = [];
    let start: number | undefined;
    const onSearch = (event: Event) => (event.target as HTMLElement | null)?.id === "search";
    addEventListener(
      "keydown",
      (event) => {
        if (onSearch(event)) start = performance.now();
      },
      true,
    );
    addEventListener(
      "beforeinput",
      (event) => {
        if (onSearch(event) && start === undefined) start = performance.now();
      },
      true,
    );
    addEventListener(
      "input",
      (event) => {
        if (!onSearch(event)) return;
        const t0 = start ?? performance.now();
        start = undefined;
        const value = (event.target as HTMLInputElement).value;
        let work = 0;
        setTimeout(() => {
          work = performance.now() - t0;
        });
        requestAnimationFrame(() => setTimeout(() => w.__keystrokes.push({ value, ms: performance.now() - t0, work })));
      },
      true,
    );
  });
}

const samples = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __keystrokes: { value: string; ms: number; work: number }[] }).__keystrokes.splice(0),
  );

/** Types every query one character at a time on a ready, throttled page and measures each keystroke. */
export async function measureSearchLatency(page: Page, queries = QUERIES): Promise<SearchLatency> {
  const input = page.locator("#search");
  await input.click();
  // One unmeasured query first, so the figures are not about the JIT compiling search for the first time.
  await page.keyboard.type("test");
  await input.fill("");
  const times: number[] = [];
  const work: number[] = [];
  const resultsPerQuery: Record<string, number> = {};
  for (const query of queries) {
    await input.fill("");
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))));
    await samples(page);
    for (let i = 0; i < query.length; i++) {
      await page.keyboard.type(query[i]!);
      await page.waitForFunction(
        () => (window as unknown as { __keystrokes: unknown[] }).__keystrokes.length > 0,
        undefined,
        { polling: "raf" },
      );
      for (const sample of await samples(page)) {
        times.push(sample.ms);
        work.push(sample.work);
      }
    }
    resultsPerQuery[query] = await page.locator(".results a").count();
  }
  await input.fill("");
  return {
    keystrokes: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
    resultsPerQuery,
  };
}
