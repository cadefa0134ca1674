import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sliceDataset } from "../../../src/domain/dataset-slice.ts";
import { makeDataset } from "../../fixtures/dataset.ts";

type DbModule = typeof import("../../../src/platform/db.ts");

// Each test gets an empty IndexedDB and a fresh db.ts (it caches its connection).
let db: DbModule;
beforeEach(async () => {
  Object.defineProperty(globalThis, "indexedDB", { configurable: true, writable: true, value: new IDBFactory() });
  vi.resetModules();
  db = await import("../../../src/platform/db.ts");
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes every put into `store` throw QuotaExceededError, as a full disk does. */
function quotaOn(store: string, after = 0) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === store && calls++ >= after)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return original.apply(this, args as Parameters<typeof original>);
  });
}

describe("db: one municipality's share of the stored dataset", () => {
  it("is stored with the dataset and read as exactly the share the worker would cut", async () => {
    const dataset = makeDataset("version-a");
    dataset.municipalities.push({ ...dataset.municipalities[0]!, number: "0301", name: "Oslo", nameNorwegian: "Oslo" });
    await db.storeDataset(dataset);
    expect(await db.readCurrentSlice("1804")).toEqual(sliceDataset(dataset, "1804"));
    expect(await db.readCurrentSlice("0301")).toEqual(sliceDataset(dataset, "0301"));
    expect(await db.readCurrentSlice("9999")).toBeUndefined();
  });

  it("follows the current version: a newer dataset replaces every share", async () => {
    await db.storeDataset(makeDataset("version-a"));
    await db.storeDataset(makeDataset("version-b"));
    expect((await db.readCurrentSlice("1804"))?.version).toBe("version-b");
  });
});

describe("db: geometry that arrives after its dataset", () => {
  it("is stored for the current version and dropped with it when a newer dataset comes", async () => {
    await db.storeDataset(makeDataset("version-a"));
    expect(await db.readGeometry("version-a")).toBeUndefined();
    expect(await db.storeGeometry("version-a", { a: 1 })).toBe(true);
    expect(await db.readGeometry("version-a")).toEqual({ a: 1 });
    await db.storeDataset(makeDataset("version-b"));
    expect(await db.readGeometry("version-a")).toBeUndefined();
  });

  it("is not stored once its version is no longer current, so no geometry outlives its dataset", async () => {
    await db.storeDataset(makeDataset("version-a"));
    await db.storeDataset(makeDataset("version-b"));
    expect(await db.storeGeometry("version-a", { a: 1 })).toBe(false);
    expect(await db.readGeometry("version-a")).toBeUndefined();
  });
});

describe("db: storing a dataset is all or nothing", () => {
  it("stores a dataset and makes it current, dropping older versions", async () => {
    await db.storeDataset(makeDataset("version-a"), { a: 1 });
    await db.storeDataset(makeDataset("version-b"), { b: 1 });
    expect((await db.readCurrentDataset())?.version).toBe("version-b");
    expect(await db.readGeometry("version-b")).toEqual({ b: 1 });
    expect(await db.readGeometry("version-a")).toBeUndefined();
  });

  it("quota exceeded on the geometry write: throws QuotaExceededError and the old version stays whole", async () => {
    await db.storeDataset(makeDataset("version-a"), { a: 1 });
    quotaOn("geometry");
    await expect(db.storeDataset(makeDataset("version-b"), { b: 1 })).rejects.toMatchObject({
      name: "QuotaExceededError",
    });
    vi.restoreAllMocks();
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
    expect(await db.readGeometry("version-a")).toEqual({ a: 1 });
    // The half-written new record was rolled back, not left behind.
    const raw = await db.openDatabase();
    expect(await raw.getAllKeys("datasets")).toEqual(["version-a"]);
  });

  it("quota exceeded on a first visit: nothing half-stored, so the next visit is a clean first visit", async () => {
    quotaOn("datasets");
    await expect(db.storeDataset(makeDataset("version-a"), {})).rejects.toMatchObject({ name: "QuotaExceededError" });
    vi.restoreAllMocks();
    expect(await db.readCurrentDataset()).toBeUndefined();
  });
});

describe("db: unavailable or blocked storage", () => {
  it("IndexedDB that throws on access (private mode) → StorageUnavailable('unavailable')", async () => {
    Object.defineProperty(globalThis, "indexedDB", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    await expect(db.readCurrentDataset()).rejects.toMatchObject({ name: "StorageUnavailable", reason: "unavailable" });
  });

  it("open fails (quota 0 / broken profile) → StorageUnavailable, and a later call tries again", async () => {
    const factory = globalThis.indexedDB;
    const open = vi.spyOn(factory, "open").mockImplementationOnce(() => {
      throw new DOMException("denied", "UnknownError");
    });
    await expect(db.openDatabase()).rejects.toMatchObject({ name: "StorageUnavailable" });
    open.mockRestore();
    await expect(db.readCurrentDataset()).resolves.toBeUndefined();
  });

  it("another tab holds an older version open and will not close → StorageUnavailable('blocked'), no hang", async () => {
    // The old tab: version 1 open, no versionchange handler (it never steps aside).
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open("hjelpekart", 1);
      request.onsuccess = () => resolve(request.result);
    });
    // This tab runs a newer app that needs version 2.
    const factory = globalThis.indexedDB;
    const open = factory.open.bind(factory);
    vi.spyOn(factory, "open").mockImplementation((name: string, version?: number) => open(name, (version ?? 1) + 1));
    await expect(db.readCurrentDataset()).rejects.toMatchObject({ name: "StorageUnavailable", reason: "blocked" });
    old.close();
  });

  it("a newer tab asks for a new version → this tab closes its connection instead of blocking it", async () => {
    await db.storeDataset(makeDataset("version-a"), {});
    const outcome = await new Promise<string>((resolve) => {
      // Far above the app's version, so the test holds however often the schema grows.
      const request = indexedDB.open("hjelpekart", 1000);
      request.onblocked = () => resolve("blocked");
      request.onsuccess = () => {
        request.result.close();
        resolve("opened");
      };
      request.onerror = () => resolve("error");
    });
    expect(outcome).toBe("opened");
  });

  it("storage evicted between visits → no current dataset (treated as a first visit)", async () => {
    await db.storeDataset(makeDataset("version-a"), {});
    (await db.openDatabase()).close();
    // Eviction: the browser deletes the whole origin's IndexedDB.
    Object.defineProperty(globalThis, "indexedDB", { configurable: true, writable: true, value: new IDBFactory() });
    vi.resetModules();
    const fresh: DbModule = await import("../../../src/platform/db.ts");
    expect(await fresh.readCurrentDataset()).toBeUndefined();
  });
});

describe("db: what the device keeps besides the dataset", () => {
  const report = (id: string, createdAt: string) => ({
    id,
    createdAt,
    problems: ["phone" as const],
    text: "Feil nummer",
    contact: "kari@example.no",
    language: "nb",
  });

  it("error reports: stored, listed newest first, updated, and deleted for good", async () => {
    await db.saveReport(report("a", "2026-01-01T10:00:00Z"));
    await db.saveReport(report("b", "2026-03-01T10:00:00Z"));
    await db.saveReport(report("c", "2026-02-01T10:00:00Z"));
    expect((await db.readReports()).map((r) => r.id)).toEqual(["b", "c", "a"]);
    await db.saveReport({ ...report("c", "2026-02-01T10:00:00Z"), sentAt: "2026-02-02T10:00:00Z" });
    expect((await db.readReports()).find((r) => r.id === "c")?.sentAt).toBe("2026-02-02T10:00:00Z");
    await db.deleteReport("c");
    expect((await db.readReports()).map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("editor drafts: one per municipality, deleted for good", async () => {
    const draft = { municipality: "3403", updatedAt: "2026-01-01T10:00:00Z" } as Parameters<typeof db.saveDraft>[0];
    await db.saveDraft(draft);
    await db.saveDraft({ ...draft, municipality: "0301" });
    expect((await db.readDraft("3403"))?.municipality).toBe("3403");
    await db.deleteDraft("3403");
    expect(await db.readDraft("3403")).toBeUndefined();
    expect((await db.readDraft("0301"))?.municipality).toBe("0301");
  });

  it("saved municipalities oldest first, forgotten on request; settings round-trip", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-01-01T10:00:00Z"));
      await db.setMunicipalitySaved("1804", true);
      vi.setSystemTime(new Date("2026-01-02T10:00:00Z"));
      await db.setMunicipalitySaved("0301", true);
      vi.setSystemTime(new Date("2025-12-31T10:00:00Z"));
      await db.setMunicipalitySaved("3403", true);
    } finally {
      vi.useRealTimers();
    }
    expect(await db.readSavedMunicipalities()).toEqual(["3403", "1804", "0301"]);
    await db.setMunicipalitySaved("1804", false);
    expect(await db.readSavedMunicipalities()).toEqual(["3403", "0301"]);
    await db.writeSetting("language", "nn");
    expect(await db.readSetting("language")).toBe("nn");
    expect(await db.readSetting("missing")).toBeUndefined();
  });

  it("a database of the first layout (version 1) is upgraded: every store exists, saved municipalities kept", async () => {
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open("hjelpekart", 1);
      open.onupgradeneeded = () => {
        const old = open.result;
        old.createObjectStore("datasets", { keyPath: "version" });
        old.createObjectStore("geometry", { keyPath: "version" });
        old.createObjectStore("settings");
        old.createObjectStore("saved", { keyPath: "number" }).put({ number: "1804", savedAt: "2025-01-01" });
      };
      open.onsuccess = () => {
        open.result.close();
        done();
      };
      open.onerror = () => fail(open.error);
    });
    const opened = await db.openDatabase();
    expect([...opened.objectStoreNames].sort()).toEqual(
      ["datasets", "drafts", "geometry", "reports", "saved", "settings", "slices"].sort(),
    );
    expect(opened.version).toBe(3);
    expect(await db.readSavedMunicipalities()).toEqual(["1804"]);
    await db.saveReport(report("x", "2026-01-01T00:00:00Z"));
    expect(await db.readReports()).toHaveLength(1);
  });

  it("a fresh database gets every store with the right keys", async () => {
    const opened = await db.openDatabase();
    const keyPath = (name: "datasets" | "geometry" | "saved" | "reports" | "drafts") =>
      opened.transaction(name).store.keyPath;
    expect([keyPath("datasets"), keyPath("geometry"), keyPath("saved"), keyPath("reports"), keyPath("drafts")]).toEqual(
      ["version", "version", "number", "id", "municipality"],
    );
    expect(opened.transaction("settings").store.keyPath).toBeNull();
  });
});
