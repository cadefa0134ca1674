// The layer rules in biome.json: a wrong import must fail `npm run lint`. Each case plants one file in a
// throw-away copy of the layout (the real tree is never touched) and lints it with the project's biome.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../../..");
const biome = join(repo, "node_modules/.bin/biome");
const work = mkdtempSync(join(tmpdir(), "hjelpekart-boundaries-"));
const config = JSON.parse(readFileSync(join(repo, "biome.json"), "utf8"));
delete config.$schema;
writeFileSync(join(work, "biome.json"), JSON.stringify(config));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Lints one planted file that imports `specifier`; returns the exit code and Biome's output. */
function lintPlanted(file: string, specifier: string): { status: number | null; output: string } {
  const path = join(work, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `import { thing } from "${specifier}";\n\n/** Planted. */\nexport const planted = thing;\n`);
  const result = spawnSync(biome, ["lint", "--colors=off", file], { cwd: work, encoding: "utf8" });
  rmSync(path);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("import boundaries", () => {
  it.each([
    ["src/domain/planted.ts", "../platform/db.ts"],
    ["src/domain/planted.ts", "../app/config.ts"],
    ["src/domain/planted.ts", "../build/csv.ts"],
    ["src/domain/planted.ts", "node:fs"],
    ["src/domain/planted.ts", "preact"],
    ["src/platform/planted.ts", "../app/config.ts"],
    ["src/platform/planted.ts", "../build/paths.ts"],
    ["src/build/planted.ts", "../app/StaticShell.tsx"],
    ["src/build/importers/planted.ts", "../../../tools/chromium.ts"],
    ["src/sw/planted.ts", "../platform/db.ts"],
    ["tools/planted.ts", "../src/app/config.ts"],
    ["src/app/find-help/planted.ts", "../coverage/CoverageRoot.tsx"],
    ["src/app/find-help/planted.ts", "../contribute/EditorView.tsx"],
    ["src/app/find-help/planted.ts", "../shell/Header.tsx"],
    ["src/app/coverage/planted.ts", "../contribute/RecordForm.tsx"],
    ["src/app/coverage/planted.ts", "../find-help/MunicipalityView.tsx"],
    ["src/app/contribute/planted.ts", "../coverage/map/map.ts"],
    ["src/app/contribute/planted.ts", "../find-help/use-filters.ts"],
    ["src/app/shell/planted.ts", "../find-help/route.ts"],
  ])("%s may not import %s", (file, specifier) => {
    const { status, output } = lintPlanted(file, specifier);
    expect(status).not.toBe(0);
    expect(output).toContain("lint/style/noRestrictedImports");
  });

  it.each([
    ["src/domain/planted.ts", "./schema.ts"],
    ["src/platform/planted.ts", "../domain/schema.ts"],
    ["src/build/planted.ts", "../domain/schema.ts"],
    ["src/sw/planted.ts", "../domain/schema.ts"],
    ["tools/planted.ts", "../src/build/paths.ts"],
    ["src/app/planted.ts", "../platform/db.ts"],
    ["src/app/find-help/planted.ts", "../contribute/route.ts"],
    ["src/app/find-help/planted.ts", "../i18n/index.ts"],
    ["src/app/coverage/planted.ts", "../find-help/route.ts"],
    ["src/app/coverage/planted.ts", "../find-help/MunicipalityFacts.tsx"],
    ["src/app/contribute/planted.ts", "../find-help/ServiceCard.tsx"],
    ["src/app/contribute/planted.ts", "../coverage/route.ts"],
  ])("%s may import %s", (file, specifier) => {
    const { status, output } = lintPlanted(file, specifier);
    expect(output).not.toContain("noRestrictedImports");
    expect(status).toBe(0);
  });
});
