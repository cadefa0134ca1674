import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../../src/build/paths.ts";

/** Runs one command-line tool as `npm run` would, with extra environment. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("npx", ["tsx", `src/build/cli/${script}`, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  const lines = `${result.stdout}\n${result.stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("npm warn"));
  return { status: result.status, lines, stderr: result.stderr };
}

describe("every command-line tool ends bad input with one clear line and a non-zero exit, never a stack trace", () => {
  const cases: [name: string, script: string, args: string[], env: Record<string, string>, last: RegExp][] = [
    [
      "data:check on a missing folder",
      "data-check.ts",
      ["/nonexistent/data"],
      {},
      /^data:check: no services folder in \/nonexistent\/data$/,
    ],
    [
      "data:add of a missing file",
      "data-add.ts",
      ["/nonexistent/contribution.json"],
      {},
      /^data:add: refused — 1 problem\(s\); nothing written\.$/,
    ],
    ["data:add without a file", "data-add.ts", [], {}, /^usage: npm run data:add -- <file>/],
    [
      "data with an unwritable output folder",
      "data.ts",
      [],
      { HJELPEKART_DATA_BUILD_DIR: "package.json/hjelpekart" },
      /^data: .*package\.json\/hjelpekart/,
    ],
    [
      "data:hsds with an unwritable output folder",
      "data-hsds.ts",
      [],
      { HJELPEKART_DATA_BUILD_DIR: "package.json/hjelpekart" },
      /^data:hsds: .*package\.json\/hjelpekart/,
    ],
    [
      "data:import with a malformed date",
      "data-import.ts",
      [],
      { HJELPEKART_IMPORT_DATE: "1. mai" },
      /^data:import: HJELPEKART_IMPORT_DATE must be a date as YYYY-MM-DD, not "1\. mai"$/,
    ],
  ];
  for (const [name, script, args, env, last] of cases) {
    it(name, { timeout: 60_000 }, () => {
      const result = run(script, args, env);
      expect(result.status).not.toBe(0);
      expect(result.lines.at(-1)).toMatch(last);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    });
  }
});
