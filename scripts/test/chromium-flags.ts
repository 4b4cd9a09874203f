/**
 * How every test and benchmark starts Chromium: headless as root on a machine whose network is
 * closed, so nothing reaches out (background networking, component updates, sync, QUIC) and
 * nothing runs in the background to disturb a test or steal CPU from a measurement.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
