/** `npm run data:hsds`: builds the dataset and writes the Open Referral HSDS 3.0 export under <data build dir>/hsds/. */
import { join } from "node:path";
import { formatDataError } from "../data-error.ts";
import { assembleDataset } from "../dataset-build.ts";
import { writeHsdsExport } from "../hsds.ts";
import { baseDataDir, curatedDataDir, dataBuildDir } from "../paths.ts";
import { runCli } from "./run-cli.ts";

await runCli("data:hsds", () => {
  const { build, errors } = assembleDataset({ baseDir: baseDataDir, curatedDir: curatedDataDir, now: new Date() });
  if (!build) {
    for (const error of errors) console.error(formatDataError(error));
    console.error(`data:hsds: ${errors.length} problem(s); nothing written.`);
    process.exit(1);
  }
  const exported = writeHsdsExport(build.dataset, dataBuildDir);
  console.log(
    `data:hsds: ${exported.services.length} services, ${exported.organizations.length} organizations, ${build.dataset.municipalities.length} coverage rows → ${join(dataBuildDir, "hsds")}`,
  );
});
