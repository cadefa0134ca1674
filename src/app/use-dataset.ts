/** Loads the dataset for the UI: stored copy first, network update in the background. */
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { Dataset } from "../domain/schema.ts";
import { buildSearchIndex, type SearchIndex } from "../domain/search.ts";
import { downloadDataset, fetchManifest, loadStored } from "../platform/dataset-sync.ts";

/** What the UI knows about the data. */
export type DatasetState =
  | { status: "loading"; percent?: number }
  | { status: "failed" }
  | { status: "ready"; dataset: Dataset; persistent: boolean; updated: boolean };

/** The dataset state, its search index and a retry for a failed first load. */
export function useDataset(): { state: DatasetState; index?: SearchIndex; retry: () => void } {
  const [state, setState] = useState<DatasetState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const set = (next: DatasetState) => {
      if (!cancelled) setState(next);
    };
    const run = async () => {
      const { stored, storageWorks } = await loadStored();
      if (stored) set({ status: "ready", dataset: stored, persistent: true, updated: false });
      const update = async () => {
        try {
          const manifest = await fetchManifest();
          if (stored && manifest.version === stored.version) return;
          const loaded = await downloadDataset(
            manifest,
            (loadedBytes, total) =>
              stored ? undefined : set({ status: "loading", percent: Math.round((100 * loadedBytes) / total) }),
            storageWorks,
          );
          set({ status: "ready", dataset: loaded.dataset, persistent: loaded.persistent, updated: Boolean(stored) });
        } catch {
          // Offline or a bad download: keep what we have; only a first visit has nothing to show.
          if (!stored) set({ status: "failed" });
        }
      };
      await update();
    };
    void run();
    const onOnline = () => setAttempt((n) => n + 1);
    addEventListener("online", onOnline);
    return () => {
      cancelled = true;
      removeEventListener("online", onOnline);
    };
  }, [attempt]);

  const dataset = state.status === "ready" ? state.dataset : undefined;
  const index = useMemo(() => (dataset ? buildSearchIndex(dataset) : undefined), [dataset]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, index, retry };
}
