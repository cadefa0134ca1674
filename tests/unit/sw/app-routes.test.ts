import { describe, expect, it } from "vitest";
import { appShellPattern } from "../../../src/sw/app-routes.ts";

describe("service worker: which navigations get the app shell", () => {
  it.each(["/", "/index.html", "/?utm=x", "/index.html?x=1"])("the app's page %s gets the shell", (path) => {
    expect(appShellPattern("/").test(path)).toBe(true);
  });

  it.each([
    "/hsds/coverage.csv",
    "/hsds/services.json",
    "/data/manifest.json",
    "/data/dataset-abc.json",
    "/robots.txt",
    "/kommune/1804",
  ])("the file %s goes to the network as itself", (path) => {
    expect(appShellPattern("/").test(path)).toBe(false);
  });

  it("works under a sub-path base", () => {
    const pattern = appShellPattern("/hjelpekart/");
    expect(pattern.test("/hjelpekart/")).toBe(true);
    expect(pattern.test("/hjelpekart/hsds/coverage.csv")).toBe(false);
    expect(pattern.test("/")).toBe(false);
  });
});
