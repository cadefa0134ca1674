/**
 * Worker: validates a downloaded dataset and stores it in IndexedDB off the main thread, so a first visit
 * on a slow phone stays responsive (validation and IndexedDB serialisation are the longest tasks of a visit).
 * The geometry follows in a second message and never crosses to the page at all.
 */
import { takeDataset, takeGeometry } from "./dataset-intake.ts";
import type { WorkerRequest } from "./dataset-messages.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  scope.postMessage(request.kind === "dataset" ? await takeDataset(request) : await takeGeometry(request));
};
