/**
 * `npm run data:sync`: refreshes the copies in data/ from the shared folder beside the repository
 * (HJELPEKART_SHARED_DATA, else ../shared/data; the HSDS schemas from HJELPEKART_SHARED_HSDS, else the hsds
 * folder beside the shared data)
 * and prints what was added, changed, left unchanged and removed.
 */
import { dirname, resolve } from "node:path";
import { SyncError, syncData } from "../data-sync.ts";
import { curatedDataDir, repoRoot } from "../paths.ts";

const data = resolve(process.env.HJELPEKART_SHARED_DATA ?? resolve(repoRoot, "../shared/data"));
const hsds = resolve(process.env.HJELPEKART_SHARED_HSDS ?? resolve(dirname(data), "hsds"));
try {
  const report = syncData({ data, hsds }, curatedDataDir);
  for (const path of report.added) console.log(`added      data/${path}`);
  for (const path of report.changed) console.log(`changed    data/${path}`);
  for (const path of report.removed) console.log(`removed    data/${path}`);
  console.log(
    `data:sync: ${report.added.length} added, ${report.changed.length} changed, ${report.unchanged.length} unchanged, ${report.removed.length} removed (from ${data} and ${hsds})`,
  );
} catch (error) {
  const message = error instanceof SyncError ? error.message : `could not sync: ${(error as Error).message}`;
  console.error(`data:sync: ${message}. Put the shared data beside the repository or set HJELPEKART_SHARED_DATA.`);
  process.exit(1);
}
