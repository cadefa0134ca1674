/** Settings chosen when the app is built, in one place. */

/**
 * Placeholder recipient of error reports and contributions. The reserved `.invalid` domain (RFC 2606) can never
 * deliver, so an unset build never sends anyone's report to a stranger; the app then tells the user to copy instead.
 */
export const MAINTAINER_EMAIL_PLACEHOLDER = "rettelser@hjelpekart.invalid";

/** The maintainers' address: set VITE_MAINTAINER_EMAIL when building (`VITE_MAINTAINER_EMAIL=… npm run build`). */
export const MAINTAINER_EMAIL: string =
  (import.meta.env.VITE_MAINTAINER_EMAIL as string | undefined)?.trim() || MAINTAINER_EMAIL_PLACEHOLDER;
