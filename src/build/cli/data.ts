/** `npm run data`: builds the national dataset into .cache/data-build (served and copied by the Vite build). */
import { formatDataError } from "../data-error.ts";
import { assembleDataset, gzipBytes, writeDataBuild } from "../dataset-build.ts";
import { baseDataDir, curatedDataDir, dataBuildDir } from "../paths.ts";
import { runCli } from "./run-cli.ts";

await runCli("data", () => {
  const { build, errors } = assembleDataset({ baseDir: baseDataDir, curatedDir: curatedDataDir, now: new Date() });
  if (!build) {
    for (const error of errors) console.error(formatDataError(error));
    console.error(`data: ${errors.length} problem(s); nothing written.`);
    process.exit(1);
  }
  const manifest = writeDataBuild(build, dataBuildDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`data: version ${manifest.version}`);
  console.log(
    `data: ${Object.entries(manifest.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  console.log(
    `data: dataset ${kb(manifest.dataset.bytes)} (${kb(gzipBytes(JSON.stringify(build.dataset)))} gz), geometry ${kb(manifest.geometry.bytes)} (${kb(build.geometryGzipBytes)} gz)`,
  );
});
