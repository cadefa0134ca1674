import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

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
    },
  }),
);
