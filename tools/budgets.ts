/** Size budgets for the production build: what a phone on a bad connection must download. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** One measured figure against its limit. */
export interface BudgetResult {
  name: string;
  gzipBytes: number;
  limitBytes?: number;
}

/** The budgets, in gzipped bytes (KB = 1000 bytes). */
export const BUDGETS = {
  initialJs: 30_000,
  mapJs: 50_000,
  mapCss: 4_000,
  css: 6_000,
  geometry: 60_000,
  /**
   * What a municipality page landed on waits for: 54 KB gz today without maintainer notes and postal codes; room
   * for the register to grow by half, not for either to come back.
   */
  dataset: 80_000,
  /** The compact search index a first visit searches before the dataset has arrived. */
  searchIndex: 25_000,
} as const;

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).byteLength;

/** Measures a build output directory. */
export function measureBuild(distDir: string): BudgetResult[] {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const referenced = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? "").replace(/^\//, ""));
  const initialJs = referenced(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const initialCss = referenced(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g);
  const assets = readdirSync(join(distDir, "assets"));
  const data = readdirSync(join(distDir, "data"));
  const sum = (files: string[]) => files.reduce((total, file) => total + gz(join(distDir, file)), 0);
  const mapJs = assets.filter((f) => /^map-.*\.js$/.test(f)).map((f) => `assets/${f}`);
  const mapCss = assets.filter((f) => /^map-.*\.css$/.test(f)).map((f) => `assets/${f}`);
  return [
    { name: "initial JS", gzipBytes: sum(initialJs), limitBytes: BUDGETS.initialJs },
    { name: "initial CSS", gzipBytes: sum(initialCss), limitBytes: BUDGETS.css },
    { name: "map chunk JS", gzipBytes: sum(mapJs), limitBytes: BUDGETS.mapJs },
    { name: "map chunk CSS", gzipBytes: sum(mapCss), limitBytes: BUDGETS.mapCss },
    {
      name: "dataset (without geometry)",
      gzipBytes: sum(data.filter((f) => f.startsWith("dataset-")).map((f) => `data/${f}`)),
      limitBytes: BUDGETS.dataset,
    },
    {
      name: "geometry",
      gzipBytes: sum(data.filter((f) => f.startsWith("geometry-")).map((f) => `data/${f}`)),
      limitBytes: BUDGETS.geometry,
    },
    {
      name: "search index",
      gzipBytes: sum(data.filter((f) => f.startsWith("search-")).map((f) => `data/${f}`)),
      limitBytes: BUDGETS.searchIndex,
    },
    { name: "service worker", gzipBytes: sum(["sw.js"]) },
  ];
}
