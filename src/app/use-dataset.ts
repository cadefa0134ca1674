/** Loads the dataset for the UI: stored copy first, network update in the background (see platform/dataset-session.ts). */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createDatasetSession, type DatasetState } from "../platform/dataset-session.ts";
import { checkForAppUpdate } from "../platform/sw-register.ts";

export type { DatasetState, FailReason, ReadyNotice } from "../platform/dataset-session.ts";

/**
 * The dataset state, a retry for a failed load, and `widen` for a view that needs the whole dataset where a first
 * visit brought only the open municipality's share; `focus` is that municipality, if a page of one is open.
 */
export function useDataset(focus: string | undefined): { state: DatasetState; retry: () => void; widen: () => void } {
  const [state, setState] = useState<DatasetState>({ status: "loading" });
  // Read when a download arrives, which may be long after the session started.
  const focusNow = useRef(focus);
  focusNow.current = focus;
  const session = useMemo(() => createDatasetSession(setState, checkForAppUpdate, () => focusNow.current), []);
  useEffect(() => session.start(), [session]);
  const actions = useMemo(() => ({ retry: () => void session.check(), widen: () => void session.widen() }), [session]);
  return { state, ...actions };
}
