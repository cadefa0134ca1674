/** Settings chosen when the app is built, in one place (documented in docs/deploy.md). */

import { MAINTAINER_EMAIL_PLACEHOLDER } from "../domain/deployment.ts";

/** Placeholder recipient of reports in a local preview (a production build refuses it). */
export { MAINTAINER_EMAIL_PLACEHOLDER };

/** The maintainers' address: set VITE_MAINTAINER_EMAIL when building (`VITE_MAINTAINER_EMAIL=… npm run build`). */
export const MAINTAINER_EMAIL: string =
  (import.meta.env.VITE_MAINTAINER_EMAIL as string | undefined)?.trim() || MAINTAINER_EMAIL_PLACEHOLDER;

/** Default quick-exit destination: a widely used, neutral Norwegian site (the weather). */
export const QUICK_EXIT_DEFAULT = "https://www.yr.no/";

/** Where quick exit sends the person: set VITE_QUICK_EXIT_URL when building; must be https. */
export const QUICK_EXIT_URL: string = (() => {
  const configured = (import.meta.env.VITE_QUICK_EXIT_URL as string | undefined)?.trim();
  return configured?.startsWith("https://") ? configured : QUICK_EXIT_DEFAULT;
})();

/** Public repository for contributions (prefilled "new issue" links), when the deployment has one: VITE_REPOSITORY_URL. */
export const REPOSITORY_URL: string | undefined =
  (import.meta.env.VITE_REPOSITORY_URL as string | undefined)?.trim() || undefined;
