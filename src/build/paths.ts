/** Where the data build reads from and writes to: everything it reads lives in this repository's data/ folder. */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Root of this repository. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The project's curated records. */
export const curatedDataDir = resolve(repoRoot, "data");

/** Copies of the official base data (register, postal codes, boundaries), refreshed by `npm run data:sync`. */
export const baseDataDir = resolve(curatedDataDir, "base");

/** Copies of the research rows the curated records cite. */
export const researchServicesDir = resolve(curatedDataDir, "research/services");

/** The Open Referral HSDS 3.0 schemas the export is validated against in the tests. */
export const hsdsSchemaDir = resolve(curatedDataDir, "hsds-schema");

/** Output of the data build (HJELPEKART_DATA_BUILD_DIR to keep parallel builds apart); the Vite plugin serves and copies it. */
export const dataBuildDir = resolve(repoRoot, process.env.HJELPEKART_DATA_BUILD_DIR ?? ".cache/data-build");
