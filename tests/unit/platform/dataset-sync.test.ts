import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Dataset, SCHEMA_VERSION, type Service } from "../../../src/domain/schema.ts";
import { type DatasetState, FAILURES_BEFORE_NOTICE, RETRY_DELAYS_MS } from "../../../src/platform/dataset-session.ts";
import { REQUEST_TIMEOUT_MS } from "../../../src/platform/dataset-sync.ts";
import { makeDataset } from "../../fixtures/dataset.ts";
import { type Fault, fakeFetch, type Published, publish } from "./fake-server.ts";

type SessionModule = typeof import("../../../src/platform/dataset-session.ts");
type DbModule = typeof import("../../../src/platform/db.ts");

let session: SessionModule;
let db: DbModule;
const server: { published?: Published; faults?: Map<string, Fault>; offline?: boolean } = {};

// Each test: empty IndexedDB, fresh modules (db.ts caches its connection), a fake server.
const events = new EventTarget();
beforeEach(async () => {
  Object.defineProperty(globalThis, "indexedDB", { configurable: true, writable: true, value: new IDBFactory() });
  // The session listens for `online` on the window; Node has no window, so an EventTarget stands in.
  vi.stubGlobal("addEventListener", events.addEventListener.bind(events));
  vi.stubGlobal("removeEventListener", events.removeEventListener.bind(events));
  vi.resetModules();
  db = await import("../../../src/platform/db.ts");
  session = await import("../../../src/platform/dataset-session.ts");
  server.published = publish(makeDataset("version-a"));
  server.faults = new Map();
  server.offline = false;
  vi.stubGlobal("fetch", fakeFetch(server).fetchImpl);
});
const stops: (() => void)[] = [];
afterEach(() => {
  // Sessions left listening would answer later tests' `online` events.
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs one page visit to the end of its first check and returns every state it showed. */
async function visit(focus?: string): Promise<{
  states: DatasetState[];
  last: DatasetState;
  retry: () => Promise<void>;
  widen: () => Promise<void>;
}> {
  const states: DatasetState[] = [];
  const onAppUpdate = vi.fn();
  const s = session.createDatasetSession(
    (state) => states.push(state),
    onAppUpdate,
    () => focus,
  );
  stops.push(s.start());
  // start() runs the check in the background; check() joins the running one.
  await s.check();
  return {
    states,
    get last() {
      return states[states.length - 1] as DatasetState;
    },
    retry: () => s.check(),
    widen: () => s.widen(),
  };
}

/** The test dataset with Oslo added beside Bodø, so one municipality's share differs from the whole. */
function withOslo(dataset: Dataset): Dataset {
  const oslo = {
    number: "0301",
    name: "Oslo",
    nameNorwegian: "Oslo",
    names: ["Oslo"],
    county: "03",
    population: 700000,
  };
  return { ...dataset, municipalities: [...dataset.municipalities, oslo] };
}

const versionOf = (state: DatasetState) => (state.status === "ready" ? state.dataset.version : undefined);

describe("dataset session: first visit", () => {
  it("downloads, verifies, stores and shows progress up to 100 %", async () => {
    const { states, last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ persistent: true, storage: "ok", updated: false });
    const percents = states.flatMap((s) => (s.status === "loading" && s.percent !== undefined ? [s.percent] : []));
    expect(percents[0]).toBe(0);
    expect(percents[percents.length - 1]).toBe(100);
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
  });

  it("network gone after the HTML: failed with reason network; retry succeeds once it is back", async () => {
    server.offline = true;
    const first = await visit();
    expect(first.last).toEqual({ status: "failed", reason: "network" });
    server.offline = false;
    await first.retry();
    expect(versionOf(first.last)).toBe("version-a");
  });

  it("network drops in the middle of the dataset download: failed, nothing stored, retry works", async () => {
    server.faults?.set("/data/dataset-version-a.json", "drop");
    const first = await visit();
    expect(first.last).toEqual({ status: "failed", reason: "network" });
    expect(await db.readCurrentDataset()).toBeUndefined();
    server.faults?.clear();
    await first.retry();
    expect(versionOf(first.last)).toBe("version-a");
  });

  it("a download that stalls mid-way is given up after the stall timeout, nothing stored, retry works", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      server.faults?.set("/data/dataset-version-a.json", "stall");
      let settled = false;
      const visiting = visit().finally(() => {
        settled = true;
      });
      // Step the clock until the visit gives up; the stall timer only starts once the download has begun.
      for (let ms = 0; ms < 30_000 && !settled; ms += 250) await vi.advanceTimersByTimeAsync(250);
      const first = await visiting;
      expect(first.last).toEqual({ status: "failed", reason: "network" });
      expect(await db.readCurrentDataset()).toBeUndefined();
      server.faults?.clear();
      await first.retry();
      expect(versionOf(first.last)).toBe("version-a");
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([404, 500, 503, "truncate"] as const)(
    "the dataset answers %s while the geometry is still arriving: the failure stays shown, progress does not hide it",
    async (fault) => {
      server.faults?.set("/data/dataset-version-a.json", fault);
      server.faults?.set("/data/geometry-version-a.json", "trickle");
      const first = await visit();
      // The geometry would have sent several more chunks by now.
      await new Promise((wait) => setTimeout(wait, 200));
      expect(first.last).toEqual({ status: "failed", reason: fault === "truncate" ? "rejected" : "network" });
      server.faults?.clear();
      await first.retry();
      expect(versionOf(first.last)).toBe("version-a");
    },
  );

  it("a manifest request that hangs is given up after the request timeout: failed with Retry", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      server.faults?.set("/data/manifest.json", "hang");
      let settled = false;
      const visiting = visit().finally(() => {
        settled = true;
      });
      let waited = 0;
      for (; waited < 30_000 && !settled; waited += 250) await vi.advanceTimersByTimeAsync(250);
      expect(settled).toBe(true);
      expect(waited).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS);
      const first = await visiting;
      expect(first.last).toEqual({ status: "failed", reason: "network" });
      server.faults?.clear();
      await first.retry();
      expect(versionOf(first.last)).toBe("version-a");
    } finally {
      vi.useRealTimers();
    }
  });

  it("after a failure the session checks again by itself, so a recovered server is found without a reload", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      server.faults?.set("/data/manifest.json", 503);
      const first = await visit();
      expect(first.last).toEqual({ status: "failed", reason: "network" });
      server.faults?.clear();
      await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] - 1000);
      expect(first.last).toEqual({ status: "failed", reason: "network" });
      await vi.advanceTimersByTimeAsync(1010);
      vi.useRealTimers();
      // No retry() here: the session's own timer must have started the check.
      await vi.waitFor(() => expect(versionOf(first.last)).toBe("version-a"));
      expect(first.states.filter((s) => s.status === "loading" && s.percent === 0).length).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("progress counts the dataset: it reaches 100 % once, when it has arrived", async () => {
    server.faults?.set("/data/dataset-version-a.json", "trickle");
    const { states, last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    const percents = states.flatMap((s) => (s.status === "loading" && s.percent !== undefined ? [s.percent] : []));
    expect(percents.filter((p) => p === 100)).toHaveLength(1);
    expect(percents[percents.length - 1]).toBe(100);
    expect(percents.every((p, i) => i === 0 || p >= (percents[i - 1] as number))).toBe(true);
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
  });

  it("the geometry is asked for only once the dataset has arrived, and is stored with its version", async () => {
    const { fetchImpl, requests } = fakeFetch(server);
    vi.stubGlobal("fetch", fetchImpl);
    server.faults?.set("/data/dataset-version-a.json", "trickle");
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    const files = requests.filter((r) => r.includes("dataset-") || r.includes("geometry-"));
    expect(files).toEqual(["/data/dataset-version-a.json", "/data/geometry-version-a.json"]);
    expect(await db.readGeometry("version-a")).toEqual({ type: "Topology", objects: { kommuner: {} } });
  });

  it("a geometry download that fails does not hold back the dataset: shown and stored, no alarm, no geometry", async () => {
    server.faults?.set("/data/geometry-version-a.json", 500);
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ persistent: true, notice: undefined });
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
    expect(await db.readGeometry("version-a")).toBeUndefined();
  });

  it("a page of one municipality gets only its share; widening brings the whole stored dataset", async () => {
    const national = withOslo(makeDataset("version-a"));
    national.services.push({
      ...(national.services[0] as Service),
      id: "rph-0301",
      area: { municipalities: ["0301"] },
    });
    server.published = publish(national);
    const { last, widen, states } = await visit("0301");
    expect(last).toMatchObject({ status: "ready", slice: "0301", persistent: true });
    const share = last.status === "ready" ? last.dataset : undefined;
    expect(share?.services.map((s) => s.id)).toEqual(["rph-0301"]);
    expect(share?.municipalities.map((m) => m.number)).toEqual(["0301"]);
    await widen();
    const whole = states[states.length - 1] as DatasetState;
    expect(whole).toMatchObject({ status: "ready", slice: undefined, persistent: true });
    expect(whole.status === "ready" ? whole.dataset : undefined).toEqual(national);
  });

  it("a later visit to a municipality page reads only its share from storage, and widens to the whole", async () => {
    const national = withOslo(makeDataset("version-a"));
    server.published = publish(national);
    await visit();
    vi.resetModules();
    session = await import("../../../src/platform/dataset-session.ts");
    const { states, widen } = await visit("0301");
    const first = states.find((state) => state.status === "ready");
    expect(first).toMatchObject({ slice: "0301", updated: false });
    expect(first?.status === "ready" ? first.dataset.municipalities.map((m) => m.number) : []).toEqual(["0301"]);
    await widen();
    const whole = states[states.length - 1] as DatasetState;
    expect(whole.status === "ready" ? whole.dataset : undefined).toEqual(national);
  });

  it("a page of one municipality gets the whole dataset when it could not be stored", async () => {
    const national = withOslo(makeDataset("version-a"));
    server.published = publish(national);
    Object.defineProperty(globalThis, "indexedDB", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    const { last } = await visit("1804");
    expect(last).toMatchObject({ status: "ready", slice: undefined, storage: "unavailable" });
    expect(last.status === "ready" ? last.dataset : undefined).toEqual(national);
  });

  it("a dataset arriving in many small chunks is put back together in order and accepted", async () => {
    server.faults?.set("/data/dataset-version-a.json", "trickle");
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect((await db.readCurrentDataset())?.dataset.services[0]?.name).toBe("Rask psykisk helsehjelp Bodø");
  });

  it("the manifest's byte count differs from what arrived (hash matches): refused", async () => {
    const published = publish(makeDataset("version-a"));
    published.manifest.dataset.bytes += 1;
    server.published = published;
    expect((await visit()).last).toEqual({ status: "failed", reason: "rejected" });
    expect(await db.readCurrentDataset()).toBeUndefined();
  });

  it("truncated JSON (fewer bytes than the manifest says) is refused", async () => {
    server.faults?.set("/data/dataset-version-a.json", "truncate");
    expect((await visit()).last).toEqual({ status: "failed", reason: "rejected" });
    expect(await db.readCurrentDataset()).toBeUndefined();
  });

  it("a dataset from a newer schema version: app update needed, the service worker is asked to look", async () => {
    server.published = publish(
      { ...makeDataset("version-a"), schemaVersion: SCHEMA_VERSION + 1 },
      { schemaVersion: SCHEMA_VERSION + 1 },
    );
    const states: DatasetState[] = [];
    const onAppUpdate = vi.fn();
    const s = session.createDatasetSession((state) => states.push(state), onAppUpdate);
    stops.push(s.start());
    await s.check();
    expect(states[states.length - 1]).toEqual({ status: "failed", reason: "app-update" });
    expect(onAppUpdate).toHaveBeenCalled();
  });
});

describe("dataset session: a stored version and a new one on the server", () => {
  beforeEach(async () => {
    await visit(); // version-a stored
    server.published = publish(makeDataset("version-b", { builtAt: "2026-02-01T10:00:00.000Z" }));
  });

  it("shows the stored version at once, then switches to the new one with 'updated'", async () => {
    const { states, last } = await visit();
    expect(versionOf(states[0] as DatasetState)).toBe("version-a");
    expect(states.some((s) => s.status === "loading")).toBe(false); // no progress bar over working data
    expect(versionOf(last)).toBe("version-b");
    expect(last).toMatchObject({ updated: true, persistent: true });
    expect((await db.readCurrentDataset())?.version).toBe("version-b");
  });

  it("content-hash mismatch: the new one is refused with a notice, the old one stays", async () => {
    const published = server.published as Published;
    published.manifest.dataset.sha256 = "0".repeat(64);
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ notice: "rejected", updated: false });
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
  });

  it("truncated download: refused, old version stays", async () => {
    server.faults?.set("/data/dataset-version-b.json", "truncate");
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ notice: "rejected" });
  });

  it("network drop mid-download: old version stays, no alarm (offline is normal)", async () => {
    server.faults?.set("/data/dataset-version-b.json", "drop");
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ notice: undefined });
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
  });

  it("a schema-valid-looking dataset with a javascript: contact URL is refused; the old one stays", async () => {
    const hostile = makeDataset("version-b");
    const service = hostile.services[0] as (typeof hostile.services)[number];
    hostile.services = [{ ...service, contacts: [{ kind: "web", url: "javascript:alert(1)" }] }];
    server.published = publish(hostile);
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ notice: "rejected" });
  });

  it("newer schema version on the server: keeps the current one and says an app update is needed", async () => {
    server.published = publish(
      { ...makeDataset("version-b"), schemaVersion: SCHEMA_VERSION + 1 },
      { schemaVersion: SCHEMA_VERSION + 1 },
    );
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ notice: "app-update" });
  });

  it("quota exceeded while writing: the new one is used in memory with a notice, the old one stays stored", async () => {
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === "datasets") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return original.apply(this, args as Parameters<typeof original>);
    });
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-b");
    expect(last).toMatchObject({ persistent: false, storage: "full", updated: true });
    vi.restoreAllMocks();
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
  });

  it("a new dataset that keeps answering 404/500: a quiet notice after repeated tries, the old data stays", async () => {
    server.published = publish(makeDataset("version-b"));
    server.faults?.set("/data/dataset-version-b.json", 404);
    server.faults?.set("/data/geometry-version-b.json", 500);
    const states: DatasetState[] = [];
    const s = session.createDatasetSession((state) => states.push(state));
    stops.push(s.start());
    await s.check();
    const notices = () => states.map((st) => (st.status === "ready" ? st.notice : st.status));
    for (let i = 2; i < FAILURES_BEFORE_NOTICE; i++) await s.check();
    expect(notices()).not.toContain("update-failing");
    await s.check();
    const last = states[states.length - 1] as DatasetState;
    expect(last).toMatchObject({ status: "ready", notice: "update-failing" });
    expect(versionOf(last)).toBe("version-a");
    server.faults?.clear();
    await s.check();
    expect(states[states.length - 1]).toMatchObject({ status: "ready", notice: undefined, updated: true });
  });

  it("a manifest that keeps answering 500 counts as a server failure too: the quiet notice", async () => {
    server.faults?.set("/data/manifest.json", 500);
    const states: DatasetState[] = [];
    const s = session.createDatasetSession((state) => states.push(state));
    stops.push(s.start());
    for (let i = 0; i < FAILURES_BEFORE_NOTICE; i++) await s.check();
    expect(states[states.length - 1]).toMatchObject({ status: "ready", notice: "update-failing" });
  });

  it("a manifest that keeps hanging counts as a server failure too: the quiet notice", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      server.faults?.set("/data/manifest.json", "hang");
      const states: DatasetState[] = [];
      const s = session.createDatasetSession((state) => states.push(state));
      stops.push(s.start());
      for (let i = 0; i < FAILURES_BEFORE_NOTICE; i++) {
        let settled = false;
        const checking = s.check().finally(() => {
          settled = true;
        });
        for (let ms = 0; ms < 30_000 && !settled; ms += 250) await vi.advanceTimersByTimeAsync(250);
        await checking;
      }
      expect(states[states.length - 1]).toMatchObject({ status: "ready", notice: "update-failing" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("being offline on every try is not a server fault: no notice", async () => {
    server.published = publish(makeDataset("version-b"));
    server.offline = true;
    const states: DatasetState[] = [];
    const s = session.createDatasetSession((state) => states.push(state));
    stops.push(s.start());
    for (let i = 0; i < FAILURES_BEFORE_NOTICE + 1; i++) await s.check();
    expect(states.every((st) => st.status === "ready" && st.notice === undefined)).toBe(true);
  });

  it("offline on a later visit: the stored version, no error", async () => {
    server.offline = true;
    const { states, last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(states.every((s) => s.status !== "failed")).toBe(true);
  });
});

describe("dataset session: storage problems", () => {
  it("a stored dataset of an older schema version is not shown but re-downloaded", async () => {
    await db.storeDataset({ ...makeDataset("version-old"), schemaVersion: 0 as typeof SCHEMA_VERSION }, {});
    const { states, last } = await visit();
    expect(states.some((s) => versionOf(s) === "version-old")).toBe(false);
    expect(versionOf(last)).toBe("version-a");
    expect((await db.readCurrentDataset())?.version).toBe("version-a");
  });

  it("a damaged stored record (missing arrays) is re-downloaded", async () => {
    const broken = { ...makeDataset("version-old") } as Partial<ReturnType<typeof makeDataset>>;
    delete broken.municipalities;
    // Damaged after it was stored (storing only ever takes a validated dataset).
    await db.storeDataset(makeDataset("version-old"), {});
    await (await db.openDatabase()).put("datasets", {
      version: "version-old",
      dataset: broken as ReturnType<typeof makeDataset>,
      storedAt: "2026-01-01T00:00:00.000Z",
    });
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
  });

  it("IndexedDB unavailable: works in memory with storage 'unavailable'", async () => {
    Object.defineProperty(globalThis, "indexedDB", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    const { last } = await visit();
    expect(versionOf(last)).toBe("version-a");
    expect(last).toMatchObject({ persistent: false, storage: "unavailable" });
  });

  it("storage evicted between visits: the next visit downloads again like a first visit", async () => {
    await visit();
    Object.defineProperty(globalThis, "indexedDB", { configurable: true, writable: true, value: new IDBFactory() });
    vi.resetModules();
    session = await import("../../../src/platform/dataset-session.ts");
    const { states, last } = await visit();
    expect(states.some((s) => s.status === "loading")).toBe(true);
    expect(versionOf(last)).toBe("version-a");
  });

  it("the `online` event alone starts a check (no Retry click, no call from the test)", async () => {
    server.offline = true;
    const states: DatasetState[] = [];
    const s = session.createDatasetSession((state) => states.push(state));
    stops.push(s.start());
    await s.check();
    expect(states[states.length - 1]).toEqual({ status: "failed", reason: "network" });
    server.offline = false;
    events.dispatchEvent(new Event("online"));
    await vi.waitFor(() => expect(versionOf(states[states.length - 1] as DatasetState)).toBe("version-a"));
  });

  it("coming back online starts a check; two checks at once share one download", async () => {
    server.offline = true;
    const states: DatasetState[] = [];
    const s = session.createDatasetSession((state) => states.push(state));
    stops.push(s.start());
    await s.check();
    expect(states[states.length - 1]).toEqual({ status: "failed", reason: "network" });
    server.offline = false;
    const { fetchImpl, requests } = fakeFetch(server);
    vi.stubGlobal("fetch", fetchImpl);
    events.dispatchEvent(new Event("online"));
    await Promise.all([s.check(), s.check()]);
    expect(versionOf(states[states.length - 1] as DatasetState)).toBe("version-a");
    expect(requests.filter((r) => r.includes("dataset-")).length).toBe(1);
  });
});
