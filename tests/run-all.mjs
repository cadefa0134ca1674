// Runs every check the project has, in order, and ends with one line: "tests: N passed, N failed".
// Each step (type check, lint, data check, build, budgets) counts as one test; unit and end-to-end
// tests count one each, read from their JSON reports. A skipped test counts as failed: every input the
// tests need is in the repository, so a skip can only mean a test that no longer checks anything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
// The test build is a local preview: it may carry the placeholder maintainer address (see docs/deploy.md).
process.env.HJELPEKART_LOCAL_PREVIEW = "1";
let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  return result.status === 0;
}

function step(name, command, args) {
  if (run(name, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

function suite(name, command, args, report, count) {
  rmSync(report, { force: true });
  const ok = run(name, command, args);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const [p, f] = count(JSON.parse(readFileSync(report, "utf8")));
  passed += p;
  failed += f;
  if (f > 0 || !ok) failures.push(name);
  if (!ok && f === 0) failed += 1;
}

// The end-to-end tests use Debian's Chromium; install it on a fresh machine rather than download a browser.
if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
  const asRoot = process.getuid?.() === 0;
  console.log("Chromium not found at /usr/bin/chromium; installing Debian's chromium package.");
  const install = spawnSync(
    "sh",
    ["-c", `${asRoot ? "" : "sudo "}apt-get update -qq && ${asRoot ? "" : "sudo "}apt-get install -y -qq chromium`],
    { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } },
  );
  if (install.status !== 0) console.log("Could not install chromium: the end-to-end tests will fail.");
}

mkdirSync("test-results", { recursive: true });
step("type check (every environment)", "npm", ["run", "check"]);
step("lint and format", "npx", ["biome", "check", "."]);
step("import cycles", "npx", ["tsx", "tools/cli/check-cycles.ts"]);
step("data check", "npx", ["tsx", "src/build/cli/data-check.ts"]);
suite(
  "unit tests",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"],
  "test-results/unit.json",
  (r) => [r.numPassedTests, r.numFailedTests + r.numPendingTests + r.numTodoTests],
);
const built = run("production build", "npx", ["vite", "build"]);
if (built) passed += 1;
else {
  failed += 1;
  failures.push("production build");
}
if (built) {
  step("size budgets", "npx", ["tsx", "tools/cli/budgets.ts"]);
  step("Lighthouse and slow first visit budgets", "npx", ["tsx", "tools/cli/budgets-lighthouse.ts"]);
  suite("end-to-end tests", "npx", ["playwright", "test"], "test-results/e2e.json", (r) => [
    r.stats.expected + r.stats.flaky,
    r.stats.unexpected + r.stats.skipped,
  ]);
}
if (failures.length > 0) console.log(`\nfailed: ${failures.join(", ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
