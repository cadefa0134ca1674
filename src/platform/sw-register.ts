/** Registers the service worker and offers a waiting app update to the user, never applying it by itself. */
import type { Workbox } from "workbox-window";

let workbox: Workbox | undefined;
let registering = false;

/**
 * Starts the service worker (once per page); `onUpdateReady` gets a function that applies the update when the user
 * confirms. The app calls it once its data has arrived (or failed to), and workbox-window loads as its own chunk
 * after the load event: nothing on screen needs it, and a first visit on a slow phone needs the line for the data
 * before the worker starts precaching the app.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV || registering) return;
  registering = true;
  // After the load event, so the precache downloads do not compete with the page's own first requests.
  if (document.readyState !== "complete") {
    addEventListener("load", () => register(onUpdateReady), { once: true });
    return;
  }
  register(onUpdateReady);
}

function register(onUpdateReady: (apply: () => void) => void): void {
  void import("workbox-window")
    .then(({ Workbox }) => {
      const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
      workbox = wb;
      let applying = false;
      wb.addEventListener("waiting", () => {
        onUpdateReady(() => {
          applying = true;
          // Reload only once the new worker has taken over, and only because the user asked for it.
          wb.addEventListener("controlling", () => location.reload());
          wb.messageSkipWaiting();
        });
      });
      followUpdatesFromOtherTabs(navigator.serviceWorker, () => applying, onUpdateReady);
      // A page left open for days should still learn of a new deploy when the network comes back.
      addEventListener("online", () => checkForAppUpdate());
      return wb.register();
    })
    .catch(() => undefined);
}

/**
 * When the user applies an update in another tab, the new worker takes over this tab too and the old
 * files this tab would load later are gone: its "update" button must then reload instead of waiting
 * for a worker that is already active. A first install (no controller before) is not an update.
 */
export function followUpdatesFromOtherTabs(
  container: Pick<ServiceWorkerContainer, "controller" | "addEventListener">,
  applyingHere: () => boolean,
  onUpdateReady: (apply: () => void) => void,
): void {
  const hadController = container.controller !== null;
  container.addEventListener("controllerchange", () => {
    if (hadController && !applyingHere()) onUpdateReady(() => location.reload());
  });
}

/** Asks the browser to look for a new service worker now (e.g. when the data needs a newer app). */
export function checkForAppUpdate(): void {
  void workbox?.update().catch(() => undefined);
}
