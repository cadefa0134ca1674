import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCoverageRoute } from "../../../src/app/coverage/route.ts";
import { parseRoute } from "../../../src/app/router.ts";
import { buildSearchIndex, search } from "../../../src/domain/search.ts";
import { fold } from "../../../src/domain/text.ts";
import { makeDataset } from "../platform/fake-server.ts";

const index = buildSearchIndex(makeDataset("fuzz-0001"));
// Strings people and attackers type: any Unicode, markup, control characters, lone surrogates, long runs.
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "%E0%A4%A",
    "\u0000",
    "\uD800",
    "Å".repeat(5000),
  ),
);
const anyHash = fc.oneof(
  anyText.map((s) => `#${s}`),
  fc
    .tuple(fc.constantFrom("#/kommune/", "#/om", "#/dekning", "#/dekning/rapport/", "#/dekning/kart?"), anyText)
    .map(([prefix, rest]) => prefix + rest),
  fc.webUrl({ withFragments: true, withQueryParameters: true }).map((url) => `#${new URL(url).hash}${url}`),
);

describe("fuzz: nothing typed or linked crashes the app's parsers", () => {
  it("fold() never throws and always returns a string", () => {
    fc.assert(
      fc.property(anyText, (text) => typeof fold(text) === "string"),
      { numRuns: 2000 },
    );
  });

  it("search() never throws and never returns more than the limit", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.integer({ min: 1, max: 50 }),
        (text, limit) => search(index, text, limit).length <= limit,
      ),
      { numRuns: 2000 },
    );
  });

  it("parseRoute() never throws and only yields known routes with well-formed numbers", () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const route = parseRoute(hash);
        expect(["home", "municipality", "about", "coverage", "print"]).toContain(route.name);
        if ("number" in route && route.number !== undefined) expect(route.number).toMatch(/^\d{4}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseCoverageRoute() never throws on any hash", () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        parseCoverageRoute(hash);
      }),
      { numRuns: 2000 },
    );
  });
});
