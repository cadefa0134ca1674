/** `npm run data:check`: validates every input; exits non-zero naming file, record and field on any problem. */
import { formatDataError } from "../data-error.ts";
import { assembleDataset } from "../dataset-build.ts";
import { baseDataDir, curatedDataDir } from "../paths.ts";

const curatedDir = process.argv[2] ?? curatedDataDir;
const { build, errors } = assembleDataset({ baseDir: baseDataDir, curatedDir, now: new Date() });
for (const error of errors) console.error(formatDataError(error));
if (!build) {
  console.error(`data:check: ${errors.length} problem(s).`);
  process.exit(1);
}
console.log(
  `data:check: ok — ${build.dataset.municipalities.length} municipalities, ${build.dataset.postalCodes.length} postal codes, ${build.dataset.services.length} services.`,
);
