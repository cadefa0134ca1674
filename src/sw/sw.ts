/// <reference lib="webworker" />
/** The service worker: precaches the app shell so the app starts offline; the dataset lives in IndexedDB, not here. */
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { appShellPattern } from "./app-routes.ts";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Take charge of the open page on the first install so it works offline without a reload. An update
// only gets this far after the user confirmed it (SKIP_WAITING below), and the page then reloads.
clientsClaim();
// The app's page gets the shell (routes live in the hash, so one page serves all deep links); other files
// opened in a tab (HSDS exports, the manifest) go to the network as themselves.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("index.html"), {
    allowlist: [appShellPattern(new URL(self.registration.scope).pathname)],
  }),
);

// A waiting update is applied only when the user confirms it in the page.
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
