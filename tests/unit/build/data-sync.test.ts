import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXED_COPIES, readProvenance, SyncError, sha256Of, syncData } from "../../../src/build/data-sync.ts";
import { assembleDataset } from "../../../src/build/dataset-build.ts";
import { curatedDataDir, repoRoot, researchServicesDir } from "../../../src/build/paths.ts";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A small shared folder with every fixed file and two research CSVs. */
function fakeShared(): { data: string; hsds: string; repoData: string } {
  const root = mkdtempSync(join(tmpdir(), "hjelpekart-sync-"));
  temps.push(root);
  const shared = {
    data: join(root, "shared/data"),
    hsds: join(root, "shared/hsds"),
    repoData: join(root, "repo/data"),
  };
  for (const copy of FIXED_COPIES) write(shared, copy.upstream, `content of ${copy.upstream}\n`);
  write(shared, "data/services/a.csv", "id\n1\n");
  write(shared, "data/services/b_pass5.csv", "id\n2\n");
  write(shared, "data/services/a.json", "[]");
  mkdirSync(shared.repoData, { recursive: true });
  return shared;
}

function write(shared: { data: string; hsds: string }, upstream: string, text: string) {
  const [folder, ...rest] = upstream.split("/");
  const file = join(folder === "hsds" ? shared.hsds : shared.data, ...rest);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe("npm run data:sync", () => {
  it("copies every listed file and every research CSV, and reports added, changed, unchanged and removed", () => {
    const shared = fakeShared();
    const first = syncData(shared, shared.repoData);
    expect(first.added).toHaveLength(FIXED_COPIES.length + 2);
    expect(first.added).toContain("research/services/b_pass5.csv");
    expect(existsSync(join(shared.repoData, "research/services/a.json"))).toBe(false);
    expect(readFileSync(join(shared.repoData, "base/register/kommuner_2024.csv"), "utf8")).toBe(
      "content of data/register/kommuner_2024.csv\n",
    );

    write(shared, "data/register/fylker_2024.csv", "new counties\n");
    rmSync(join(shared.data, "services/a.csv"));
    const second = syncData(shared, shared.repoData);
    expect(second).toMatchObject({ added: [], changed: ["base/register/fylker_2024.csv"] });
    expect(second.removed).toEqual(["research/services/a.csv"]);
    expect(second.unchanged).toHaveLength(FIXED_COPIES.length);
    expect(existsSync(join(shared.repoData, "research/services/a.csv"))).toBe(false);

    const provenance = readProvenance(shared.repoData);
    expect(provenance.find((entry) => entry.path === "base/register/fylker_2024.csv")).toEqual({
      path: "base/register/fylker_2024.csv",
      upstream: "data/register/fylker_2024.csv",
      sha256: sha256Of(Buffer.from("new counties\n")),
      bytes: 13,
    });
  });

  it("refuses, writing nothing, when the shared folder or a listed file is missing", () => {
    const shared = fakeShared();
    expect(() => syncData({ ...shared, data: join(shared.data, "nowhere") }, shared.repoData)).toThrow(SyncError);
    rmSync(join(shared.hsds, "LICENSE"));
    expect(() => syncData(shared, shared.repoData)).toThrow(/missing in the shared folder: hsds\/LICENSE$/);
    expect(readdirSync(shared.repoData)).toEqual([]);
  });

  it("ends with one line and exit code 1 when the shared folder is missing", { timeout: 60_000 }, () => {
    const run = spawnSync("npx", ["tsx", "src/build/cli/data-sync.ts"], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, HJELPEKART_SHARED_DATA: "/nonexistent/shared/data" },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toEqual([
      "data:sync: shared folder not found: /nonexistent/shared/data. Put the shared data beside the repository or set HJELPEKART_SHARED_DATA.",
    ]);
  });
});

describe("the copies in data/ match their provenance list", () => {
  const provenance = readProvenance(curatedDataDir);

  it("lists every fixed copy and every research CSV", () => {
    const listed = new Set(provenance.map((entry) => entry.path));
    expect(FIXED_COPIES.map((copy) => copy.path).filter((path) => !listed.has(path))).toEqual([]);
    const research = readdirSync(researchServicesDir).map((name) => `research/services/${name}`);
    expect(research.filter((path) => !listed.has(path))).toEqual([]);
    for (const name of ["nasjonale_tall.csv", "rph_og_lavterskel_pass4.csv", "rph_og_lavterskel_pass5.csv"]) {
      expect(listed.has(`research/services/${name}`), name).toBe(true);
    }
  });

  it("has every listed file, byte for byte as recorded", () => {
    const wrong = provenance.flatMap((entry) => {
      const file = join(curatedDataDir, entry.path);
      if (!existsSync(file)) return [`${entry.path}: missing`];
      const bytes = readFileSync(file);
      return sha256Of(bytes) === entry.sha256 && bytes.length === entry.bytes ? [] : [`${entry.path}: differs`];
    });
    expect(wrong).toEqual([]);
  });
});

describe("a missing base file", () => {
  it("fails the data build with a message naming the file", () => {
    const empty = mkdtempSync(join(tmpdir(), "hjelpekart-no-base-"));
    temps.push(empty);
    const { build, errors } = assembleDataset({ baseDir: empty, curatedDir: curatedDataDir, now: new Date() });
    expect(build).toBeUndefined();
    expect(errors).toContainEqual({
      file: "register/kommuner_2024.csv",
      message: `input file missing: ${join(empty, "register/kommuner_2024.csv")} (restore it with git or npm run data:sync)`,
    });
  });
});
