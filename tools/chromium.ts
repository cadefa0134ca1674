/** Debian's Chromium and the flags every browser run here uses (end-to-end tests and the benchmark alike). */

/** Where Chromium is; never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** No sandbox as root, and no background traffic the closed network would refuse. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
