/** The figures every coverage view reads, kept apart from CoverageRoot so the views do not import their parent. */
import type { coverageTable } from "../../domain/coverage.ts";
import type { coverageRows } from "../../domain/coverage-rows.ts";
import type { Dataset } from "../../domain/schema.ts";

/** Everything a coverage view needs, computed once per dataset. */
export interface CoverageData {
  dataset: Dataset;
  table: ReturnType<typeof coverageTable>;
  rows: ReturnType<typeof coverageRows>;
  now: Date;
}
