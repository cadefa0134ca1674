/** Where the data build reads from and writes to. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Root of this repository. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The project's curated records. */
export const curatedDataDir = resolve(repoRoot, "data");

/** Output of the data build (HJELPEKART_DATA_BUILD_DIR to keep parallel builds apart); the Vite plugin serves and copies it. */
export const dataBuildDir = resolve(repoRoot, process.env.HJELPEKART_DATA_BUILD_DIR ?? ".cache/data-build");

/** The shared base data: HJELPEKART_SHARED_DATA, or ../shared/data beside the repository. */
export function sharedDataDir(): string {
  const dir = process.env.HJELPEKART_SHARED_DATA ?? resolve(repoRoot, "../shared/data");
  if (!existsSync(dir)) {
    throw new Error(
      `Shared base data not found at ${dir}. Put the shared data beside the repository (../shared/data) or set HJELPEKART_SHARED_DATA.`,
    );
  }
  return dir;
}
