import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * Stryker runs the tests in a copy of the repository under .cache/, where ../shared/data is not beside it:
 * the nearest ancestor that has it is used, so the data:add tests run instead of being skipped.
 */
function sharedData(): string | undefined {
  if (process.env.HJELPEKART_SHARED_DATA) return process.env.HJELPEKART_SHARED_DATA;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = resolve(dir, "../shared/data");
    if (existsSync(join(candidate, "register/kommuner_2024.csv"))) return candidate;
  }
  return undefined;
}

const shared = sharedData();

/**
 * The unit tests as mutation testing runs them (`npm run test:mutation`): the tests that start the data
 * scripts in a child process are left out, because Stryker cannot see code run there and each takes 7–20 s
 * for every mutant of module-level code. The same scripts' checks are covered in-process by other tests.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      testNamePattern: /^(?!.*(exits 1 and names file|non-UTF-8 files|the CLI honours HJELPEKART_CURATED_DIR)).*$/,
      env: shared ? { HJELPEKART_SHARED_DATA: shared } : {},
    },
  }),
);
