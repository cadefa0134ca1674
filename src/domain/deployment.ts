/** Deployment facts shared by the app and the build's configuration check. */

/**
 * Placeholder recipient of error reports and contributions. The reserved `.invalid` domain (RFC 2606) can never
 * deliver, so an unset build never sends anyone's report to a stranger; the app then tells the user to copy instead.
 * A production build with it stops (see src/build/deploy-config.ts); only a local preview may carry it.
 */
export const MAINTAINER_EMAIL_PLACEHOLDER = "rettelser@hjelpekart.invalid";
