import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { CoverageData } from "../../../src/app/coverage/coverage-data.ts";
import { Exports } from "../../../src/app/coverage/Exports.tsx";

describe("coverage exports", () => {
  it("the HSDS links save under their own file names, never as true.json / true.csv", () => {
    const data = { dataset: { version: "20260115-abcdef12" }, rows: [] } as unknown as CoverageData;
    const html = renderToString(h(Exports, { data }));
    const downloads = [...html.matchAll(/<a href="([^"]+)" download="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(downloads).toEqual([
      ["/hsds/services.json", "hjelpekart-hsds-services.json"],
      ["/hsds/organizations.json", "hjelpekart-hsds-organizations.json"],
      ["/hsds/coverage.csv", "hjelpekart-hsds-coverage.csv"],
    ]);
    expect(html).not.toContain('download="true"');
  });
});
