/**
 * `npm run data:add <file> [--dry-run] [--name <name>] [--data <dir>]`: validates a contributed file against the
 * curated register with the full data check, prints what it changes field by field, and writes it only when valid.
 * The curated folder is `--data <dir>`, else HJELPEKART_CURATED_DIR, else data/ (tests point it at a temp copy).
 */
import { resolve } from "node:path";
import { showHidden } from "../../domain/text-safety.ts";
import { addContribution, formatContributionHeader } from "../data-add.ts";
import { formatDataError } from "../data-error.ts";
import { baseDataDir, curatedDataDir } from "../paths.ts";
import { formatDiff } from "../record-diff.ts";
import { runCli } from "./run-cli.ts";

await runCli("data:add", () => {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const [value] = args.splice(at, 2).slice(1);
    return value;
  };
  const dryRun = args.includes("--dry-run");
  if (dryRun) args.splice(args.indexOf("--dry-run"), 1);
  const curatedDir = resolve(option("--data") ?? process.env.HJELPEKART_CURATED_DIR ?? curatedDataDir);
  const name = option("--name");
  const file = args[0];
  if (!file || args.length > 1 || file.startsWith("--")) {
    console.error("usage: npm run data:add -- <file> [--dry-run] [--name <name>] [--data <curated dir>]");
    process.exit(2);
  }

  const result = addContribution({
    file: resolve(file),
    curatedDir,
    baseDir: baseDataDir,
    now: new Date(),
    name,
    dryRun,
  });
  // Envelope text is the contributor's own: hidden and control characters are spelt out, never passed through.
  for (const line of formatContributionHeader(result.meta)) console.log(line);
  const lines = formatDiff(result.diff, (id) => result.fileOf.get(id));
  const { added, changed, removed } = result.diff;
  console.log(`${added.length} added, ${changed.length} changed, ${removed.length} removed`);
  for (const line of lines) console.log(line);
  if (!result.ok) {
    for (const error of result.errors) console.error(showHidden(formatDataError(error)));
    console.error(`data:add: refused — ${result.errors.length} problem(s); nothing written.`);
    process.exit(1);
  }
  if (dryRun) console.log("data:add: valid (dry run; nothing written).");
  else if (result.written.length === 0) console.log("data:add: valid; nothing to change.");
  else console.log(`data:add: ok — wrote ${result.written.join(", ")}. Run npm run data:check and npm test next.`);
});
