/**
 * Which navigations the service worker answers with the app shell. Routes live in the hash, so the app's
 * only page is the base path (and its index.html); files such as /hsds/coverage.csv or /data/manifest.json
 * opened in a tab must reach the network and arrive as themselves, never as the app's HTML.
 */

/** Pattern for workbox's NavigationRoute allowlist (matched against path + query). */
export function appShellPattern(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped}(?:index\\.html)?(?:\\?.*)?$`);
}
