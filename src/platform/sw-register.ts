/** Registers the service worker and offers a waiting app update to the user, never applying it by itself. */
import type { Workbox } from "workbox-window";

let workbox: Workbox | undefined;

/**
 * Starts the service worker; `onUpdateReady` gets a function that applies the update when the user confirms.
 * workbox-window loads as its own chunk once the page has loaded: nothing on screen needs it, and the
 * first visit on a slow phone has better uses for those bytes.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  // After the load event, so the precache downloads do not compete with the page's own first requests.
  if (document.readyState !== "complete") {
    addEventListener("load", () => registerServiceWorker(onUpdateReady), { once: true });
    return;
  }
  void import("workbox-window")
    .then(({ Workbox }) => {
      const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
      workbox = wb;
      wb.addEventListener("waiting", () => {
        onUpdateReady(() => {
          // Reload only once the new worker has taken over, and only because the user asked for it.
          wb.addEventListener("controlling", () => location.reload());
          wb.messageSkipWaiting();
        });
      });
      // A page left open for days should still learn of a new deploy when the network comes back.
      addEventListener("online", () => checkForAppUpdate());
      return wb.register();
    })
    .catch(() => undefined);
}

/** Asks the browser to look for a new service worker now (e.g. when the data needs a newer app). */
export function checkForAppUpdate(): void {
  void workbox?.update().catch(() => undefined);
}
