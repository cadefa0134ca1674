/** Registers the service worker and offers a waiting app update to the user, never applying it by itself. */
import { Workbox } from "workbox-window";

/** Starts the service worker; `onUpdateReady` gets a function that applies the update when the user confirms. */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  wb.addEventListener("waiting", () => {
    onUpdateReady(() => {
      wb.addEventListener("controlling", () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
