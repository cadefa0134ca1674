import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assembleDataset, writeDataBuild } from "../../../src/build/dataset-build.ts";
import { baseDataDir, curatedDataDir } from "../../../src/build/paths.ts";

describe("the dataset phones download", () => {
  const { build } = assembleDataset({ baseDir: baseDataDir, curatedDir: curatedDataDir, now: new Date() });
  if (!build) throw new Error("the data in data/ did not build");
  const outDir = mkdtempSync(join(tmpdir(), "hjelpekart-published-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const manifest = writeDataBuild(build, outDir);
  const published = JSON.parse(readFileSync(join(outDir, manifest.dataset.url), "utf8"));

  it("carries no maintainer note, while the register it is built from has them", () => {
    expect(build.dataset.services.filter((s) => s.maintainerNote).length).toBeGreaterThan(100);
    expect(JSON.stringify(published)).not.toContain("maintainerNote");
  });

  it("keeps every other field of every service", () => {
    expect(published.services).toEqual(build.dataset.services.map(({ maintainerNote: _note, ...service }) => service));
    expect(published.version).toBe(build.dataset.version);
  });
});
