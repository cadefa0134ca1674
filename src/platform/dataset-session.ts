/** The dataset life cycle for one page: stored copy first, then a manifest check on start, on `online` and on retry. */
import type { Dataset } from "../domain/schema.ts";
import {
  downloadDataset,
  loadStored,
  NeedsAppUpdate,
  ServerFailure,
  type StorageStatus,
  takeManifest,
  takeStored,
} from "./dataset-sync.ts";

/** Why a first load failed: no network, a download that failed its checks, or data newer than the app. */
export type FailReason = "network" | "rejected" | "app-update";

/** A notice shown over a working dataset: a newer one was refused, needs a newer app, or keeps failing to arrive. */
export type ReadyNotice = "rejected" | "app-update" | "update-failing";

/** Server failures in a row (not being offline) after which a page with data says that updates are not arriving. */
export const FAILURES_BEFORE_NOTICE = 3;

/** Waits before checking again by itself after a failed check: a recovered server is found without a reload. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000] as const;

/** What the UI knows about the data. */
export type DatasetState =
  | { status: "loading"; percent?: number }
  | { status: "failed"; reason: FailReason }
  | {
      status: "ready";
      /** The whole dataset, or with `slice` only that municipality's share (see `widen`). */
      dataset: Dataset;
      /** The municipality whose page a first visit opened: `dataset` holds only its share, the rest is stored. */
      slice?: string;
      /** False when the data lives only in this tab. */
      persistent: boolean;
      storage: StorageStatus;
      /** A newer dataset replaced the one shown at start. */
      updated: boolean;
      notice?: ReadyNotice;
    };

/** Runs the life cycle and reports every state change. */
export interface DatasetSession {
  /** Loads the stored copy and checks for an update; returns a stop function. */
  start(): () => void;
  /** Checks again (the Retry button, or coming back online); resolves when the check is over. */
  check(): Promise<void>;
  /** Replaces a municipality's share with the whole stored dataset (another view needs it); resolves when done. */
  widen(): Promise<void>;
}

/**
 * Creates a session; `onAppUpdateNeeded` is told when the data needs a newer app (to look for a new service
 * worker); `focus` names the municipality whose page is open, if any, when a download arrives.
 */
export function createDatasetSession(
  onState: (state: DatasetState) => void,
  onAppUpdateNeeded: () => void = () => undefined,
  focus: () => string | undefined = () => undefined,
): DatasetSession {
  let dataset: Dataset | undefined;
  let slice: string | undefined;
  let widening: Promise<void> | undefined;
  let storage: StorageStatus = "ok";
  let updated = false;
  let notice: ReadyNotice | undefined;
  let stopped = false;
  let booting: Promise<void> | undefined;
  let running: Promise<void> | undefined;
  let serverFailures = 0;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const emit = (state: DatasetState) => {
    if (!stopped) onState(state);
  };
  const emitReady = () => {
    if (dataset) emit({ status: "ready", dataset, slice, persistent: storage === "ok", storage, updated, notice });
  };

  const boot = async () => {
    const loaded = await takeStored(focus());
    storage = loaded.storage;
    if (loaded.stored) {
      dataset = loaded.stored;
      slice = loaded.slice;
      emitReady();
    }
  };

  const succeeded = () => {
    serverFailures = 0;
    retries = 0;
  };

  const runCheck = async () => {
    await booting;
    clearTimeout(retryTimer);
    try {
      const manifest = await takeManifest();
      if (dataset && manifest.version === dataset.version) {
        succeeded();
        if (notice === "app-update" || notice === "update-failing") {
          notice = undefined;
          emitReady();
        }
        return;
      }
      const first = !dataset;
      if (first) emit({ status: "loading", percent: 0 });
      const result = await downloadDataset(
        manifest,
        (loaded, total) => {
          if (first) emit({ status: "loading", percent: Math.floor((100 * loaded) / total) });
        },
        storage === "ok",
        focus(),
      );
      succeeded();
      dataset = result.dataset;
      slice = result.slice;
      if (storage === "ok") storage = result.storage;
      updated = !first;
      notice = undefined;
      emitReady();
      // The map's geometry follows once the page has painted the data; the check ends when it is stored too (or
      // could not be), so a retry does not overlap it.
      await afterPaint();
      await result.geometry();
    } catch (error) {
      const reason = classify(error);
      if (reason === "app-update") onAppUpdateNeeded();
      if (error instanceof ServerFailure) serverFailures++;
      if (!dataset) emit({ status: "failed", reason });
      else if (reason !== "network") {
        // Offline is normal and needs no notice; a refused or too-new dataset does: the user sees older data.
        notice = reason;
        emitReady();
      } else if (serverFailures >= FAILURES_BEFORE_NOTICE) {
        notice = "update-failing";
        emitReady();
      }
      scheduleRetry();
    }
  };

  const scheduleRetry = () => {
    if (stopped) return;
    const delay = RETRY_DELAYS_MS[Math.min(retries, RETRY_DELAYS_MS.length - 1)];
    retries++;
    retryTimer = setTimeout(() => void check(), delay);
  };

  const check = () => {
    // One check at a time: `online` may fire while the first download still runs.
    running ??= runCheck().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    start() {
      booting = boot();
      void check();
      const onOnline = () => void check();
      addEventListener("online", onOnline);
      return () => {
        stopped = true;
        clearTimeout(retryTimer);
        removeEventListener("online", onOnline);
      };
    },
    async check() {
      await booting;
      if (!dataset) emit({ status: "loading" });
      return check();
    },
    widen() {
      widening ??= widenToStored().finally(() => {
        widening = undefined;
      });
      return widening;
    },
  };

  async function widenToStored(): Promise<void> {
    // A share is only ever held of a dataset already stored whole, so this need not wait for a running check.
    if (!slice) return;
    const loaded = await loadStored();
    if (loaded.stored) {
      // Another tab may have stored a newer version meanwhile: that one is as good, and newer.
      if (loaded.stored.version !== dataset?.version) updated = true;
      dataset = loaded.stored;
      slice = undefined;
      emitReady();
      return;
    }
    // The stored copy went missing (storage cleared or evicted): fetch it again, whole unless a page is focused.
    dataset = undefined;
    slice = undefined;
    emit({ status: "loading" });
    await check();
  }
}

/** Resolves after the next frame is painted (at once where nothing paints, as in tests). */
function afterPaint(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(done, 0));
    else done();
  });
}

function classify(error: unknown): FailReason {
  if (error instanceof NeedsAppUpdate) return "app-update";
  // DatasetRejected lives in the lazily loaded validator; its name is enough here.
  return (error as { name?: string } | null)?.name === "DatasetRejected" ? "rejected" : "network";
}
