/** `npm run data:check`: validates every input; exits non-zero naming file, record and field on any problem. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { formatDataError } from "../data-error.ts";
import { assembleDataset } from "../dataset-build.ts";
import { baseDataDir, curatedDataDir } from "../paths.ts";
import { runCli } from "./run-cli.ts";

await runCli("data:check", () => {
  const curatedDir = process.argv[2] ?? curatedDataDir;
  if (!existsSync(join(curatedDir, "services"))) throw new Error(`no services folder in ${curatedDir}`);
  const { build, errors } = assembleDataset({ baseDir: baseDataDir, curatedDir, now: new Date() });
  for (const error of errors) console.error(formatDataError(error));
  if (!build) {
    console.error(`data:check: ${errors.length} problem(s).`);
    process.exit(1);
  }
  console.log(
    `data:check: ok — ${build.dataset.municipalities.length} municipalities, ${build.postalCodes.length} postal codes, ${build.dataset.services.length} services.`,
  );
});
