import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tools/chromium.ts";

// Several people may test at once on one machine: port and build folder can be chosen per run.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? "dist";
const results = process.env.E2E_RESULTS ?? "test-results";

/** End-to-end tests run against the production build in Debian's Chromium; no browser is downloaded. */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  outputDir: `${results}/artifacts`,
  reporter: [["list"], ["json", { outputFile: `${results}/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    serviceWorkers: "allow",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  // The build is served by nginx with the deployment's own configuration (deploy/nginx.conf), so the header,
  // offline and update tests see what residents' browsers will see.
  webServer: {
    command: "sh deploy/serve-nginx.sh",
    env: { PORT: String(port), DIST: outDir },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
