/** Settings chosen when the app is built, in one place. */

/**
 * Placeholder recipient of error reports and contributions. The reserved `.invalid` domain (RFC 2606) can never
 * deliver, so an unset build never sends anyone's report to a stranger; the app then tells the user to copy instead.
 */
export const MAINTAINER_EMAIL_PLACEHOLDER = "rettelser@hjelpekart.invalid";

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
