/** Loads the dataset for the UI: stored copy first, network update in the background (see platform/dataset-session.ts). */
import { useEffect, useMemo, useState } from "preact/hooks";
import { buildSearchIndex, type SearchIndex } from "../domain/search.ts";
import { createDatasetSession, type DatasetState } from "../platform/dataset-session.ts";
import { checkForAppUpdate } from "../platform/sw-register.ts";

export type { DatasetState, FailReason, ReadyNotice } from "../platform/dataset-session.ts";

/** The dataset state, its search index and a retry for a failed load. */
export function useDataset(): { state: DatasetState; index?: SearchIndex; retry: () => void } {
  const [state, setState] = useState<DatasetState>({ status: "loading" });
  const session = useMemo(() => createDatasetSession(setState, checkForAppUpdate), []);
  useEffect(() => session.start(), [session]);

  const dataset = state.status === "ready" ? state.dataset : undefined;
  const index = useMemo(() => (dataset ? buildSearchIndex(dataset) : undefined), [dataset]);
  const retry = useMemo(() => () => void session.check(), [session]);
  return { state, index, retry };
}
