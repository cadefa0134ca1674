import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { deploymentConfigProblems } from "../../../src/build/deploy-config.ts";
import { repoRoot } from "../../../src/build/paths.ts";
import { MAINTAINER_EMAIL_PLACEHOLDER } from "../../../src/domain/deployment.ts";

const production = { localPreview: false };

describe("deployment settings checked at build time", () => {
  it("refuses a production build without the maintainers' address, or with the placeholder", () => {
    expect(deploymentConfigProblems({}, production)).toEqual([
      expect.stringMatching(/^VITE_MAINTAINER_EMAIL is not set/),
    ]);
    expect(deploymentConfigProblems({ VITE_MAINTAINER_EMAIL: MAINTAINER_EMAIL_PLACEHOLDER }, production)).toHaveLength(
      1,
    );
    expect(deploymentConfigProblems({ VITE_MAINTAINER_EMAIL: "not an address" }, production)).toEqual([
      'VITE_MAINTAINER_EMAIL is not an e-mail address: "not an address".',
    ]);
    expect(deploymentConfigProblems({ VITE_MAINTAINER_EMAIL: "rettelser@kommune.no" }, production)).toEqual([]);
  });

  it("lets a local preview keep the placeholder", () => {
    expect(deploymentConfigProblems({}, { localPreview: true })).toEqual([]);
  });

  it("accepts only https links for quick exit and the repository", () => {
    const env = {
      VITE_MAINTAINER_EMAIL: "rettelser@kommune.no",
      VITE_QUICK_EXIT_URL: "http://www.yr.no/",
      VITE_REPOSITORY_URL: "javascript:alert(1)",
    };
    expect(deploymentConfigProblems(env, production)).toEqual([
      'VITE_QUICK_EXIT_URL must be an https:// URL: "http://www.yr.no/".',
      'VITE_REPOSITORY_URL must be an https:// URL: "javascript:alert(1)".',
    ]);
  });

  it("stops `vite build` with that one line, and nothing else, when the address is missing", {
    timeout: 60_000,
  }, () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.HJELPEKART_LOCAL_PREVIEW;
    delete env.VITE_MAINTAINER_EMAIL;
    const run = spawnSync("npx", ["vite", "build", "--outDir", ".cache/dist-refused"], {
      cwd: repoRoot,
      encoding: "utf8",
      env,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toEqual([
      expect.stringMatching(/^build stopped: VITE_MAINTAINER_EMAIL is not set: .*HJELPEKART_LOCAL_PREVIEW=1\.$/),
    ]);
  });
});
