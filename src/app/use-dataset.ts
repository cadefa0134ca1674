/** Loads the dataset for the UI: stored copy first, network update in the background (see platform/dataset-session.ts). */
import { useEffect, useMemo, useState } from "preact/hooks";
import { createDatasetSession, type DatasetState } from "../platform/dataset-session.ts";
import { checkForAppUpdate } from "../platform/sw-register.ts";

export type { DatasetState, FailReason, ReadyNotice } from "../platform/dataset-session.ts";

/** The dataset state and a retry for a failed load (the search index is use-search-index.ts's job). */
export function useDataset(): { state: DatasetState; retry: () => void } {
  const [state, setState] = useState<DatasetState>({ status: "loading" });
  const session = useMemo(() => createDatasetSession(setState, checkForAppUpdate), []);
  useEffect(() => session.start(), [session]);
  const retry = useMemo(() => () => void session.check(), [session]);
  return { state, retry };
}
