import "fake-indexeddb/auto";
import { createHash } from "node:crypto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SCHEMA_VERSION, type SearchFile } from "../../../src/domain/schema.ts";

type LoadModule = typeof import("../../../src/platform/search-file-load.ts");
type DbModule = typeof import("../../../src/platform/db.ts");

const URL_OF_FILE = "http://127.0.0.1/data/search-0123456789abcdef.json";
const file = (version: string): SearchFile => ({
  format: 1,
  version,
  counties: [["18", "Nordland"]],
  municipalities: [["1804", ["Bodø"], "18", "Bodø:8001-8016 8019"]],
  districts: [],
});

let load: LoadModule;
let db: DbModule;
/** What the fake server answers for the search file: a body, or a network failure. */
let answer: { body: string } | "offline";
/** The manifest the fake server publishes, if any (without one the app checks the file in full). */
let manifest: unknown;

beforeEach(async () => {
  Object.defineProperty(globalThis, "indexedDB", { configurable: true, writable: true, value: new IDBFactory() });
  vi.resetModules();
  manifest = undefined;
  vi.stubGlobal("location", { href: "http://127.0.0.1/" });
  db = await import("../../../src/platform/db.ts");
  load = await import("../../../src/platform/search-file-load.ts");
  // The page's preload link names the file, as index.html does.
  vi.stubGlobal("document", { getElementById: (id: string) => (id === "search-index" ? { href: URL_OF_FILE } : null) });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      if (url === "/data/manifest.json" && manifest) return new Response(JSON.stringify(manifest), { status: 200 });
      if (url !== URL_OF_FILE) return new Response("not found", { status: 404 });
      if (answer === "offline") throw new TypeError("Failed to fetch");
      return new Response(answer.body, { status: 200 });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The kept copy, once the write (which does not hold up search) has committed. */
async function kept(): Promise<SearchFile | undefined> {
  for (let i = 0; i < 50; i++) {
    const stored = await db.readSetting<SearchFile>(load.STORED_SEARCH_FILE_KEY);
    if (stored) return stored;
    await new Promise((done) => setTimeout(done, 10));
  }
  return undefined;
}

describe("search file: loading and keeping", () => {
  it("uses a good download at once and keeps it for an offline visit", async () => {
    answer = { body: JSON.stringify(file("version-a")) };
    expect(await load.loadSearchFile()).toEqual(file("version-a"));
    expect((await kept())?.version).toBe("version-a");
    answer = "offline";
    expect((await load.loadSearchFile())?.version).toBe("version-a");
  });

  it("opened on a municipality page (no preload link), it fetches the address the build wrote in the meta tag", async () => {
    vi.stubGlobal("document", {
      getElementById: (id: string) => (id === "search-index-url" ? { content: URL_OF_FILE } : null),
    });
    answer = { body: JSON.stringify(file("version-a")) };
    expect((await load.loadSearchFile())?.version).toBe("version-a");
  });

  it("a download the manifest names is taken on its SHA-256; one that does not match it is refused", async () => {
    const good = JSON.stringify(file("version-a"));
    const bytes = new TextEncoder().encode(good);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    manifest = {
      schemaVersion: SCHEMA_VERSION,
      version: "version-a",
      builtAt: "2026-11-23T10:00:00.000Z",
      dataset: { url: "data/dataset-0123456789abcdef.json", sha256, bytes: 1 },
      geometry: { url: "data/geometry-0123456789abcdef.json", sha256, bytes: 1 },
      search: { url: "data/search-0123456789abcdef.json", sha256, bytes: bytes.byteLength },
    };
    answer = { body: good };
    expect((await load.loadSearchFile())?.version).toBe("version-a");
    expect((await kept())?.version).toBe("version-a");
    // Schema-valid, but not the file the manifest names: refused, and the kept copy is what search gets.
    vi.resetModules();
    load = await import("../../../src/platform/search-file-load.ts");
    answer = { body: JSON.stringify(file("version-b")) };
    expect((await load.loadSearchFile())?.version).toBe("version-a");
  });

  it("never replaces the kept copy with a damaged download, and falls back to it", async () => {
    await db.writeSetting(load.STORED_SEARCH_FILE_KEY, file("version-a"));
    for (const body of [
      JSON.stringify(file("version-b")).slice(0, 80),
      JSON.stringify({ ...file("version-b"), municipalities: [["1804", ["Bodø"], "18", "Bodø:8016-8001"]] }),
      JSON.stringify({ ...file("version-b"), format: 99 }),
    ]) {
      answer = { body };
      expect((await load.loadSearchFile())?.version).toBe("version-a");
      expect((await db.readSetting<SearchFile>(load.STORED_SEARCH_FILE_KEY))?.version).toBe("version-a");
    }
  });

  it("has nothing to offer offline on a first visit, and does not pretend otherwise", async () => {
    answer = "offline";
    expect(await load.loadSearchFile()).toBeUndefined();
  });

  it("ignores a kept copy of another format", async () => {
    await db.writeSetting(load.STORED_SEARCH_FILE_KEY, { ...file("version-a"), format: 0 });
    answer = "offline";
    expect(await load.loadSearchFile()).toBeUndefined();
  });
});
