import { defineConfig } from "vitest/config";
import mutation from "./vitest.mutation.config.ts";

/**
 * For mutating src/domain/schema.ts: nearly all its mutants are module-level (the zod schemas), and Stryker
 * runs every test for each of those. Only the tests that exercise the schema run here, which keeps the run
 * to minutes; it can only under-count kills, never over-count them.
 */
// Spread, not mergeConfig: merging would add these files to the full list instead of replacing it.
export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: [
      "tests/unit/domain/schema.test.ts",
      "tests/unit/domain/draft-issues.test.ts",
      "tests/unit/build/load-services.test.ts",
      "tests/unit/build/check-services.test.ts",
      "tests/unit/build/curated-register.test.ts",
      "tests/unit/platform/dataset-sync.test.ts",
    ],
  },
});
