import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoute, type Route } from "../../../src/app/router.ts";
import { ROUTE_NAMES, ROUTES } from "../../../src/app/routes.ts";
import { anyHash } from "../../fixtures/fuzz.ts";

const EXAMPLES = ROUTE_NAMES.flatMap((name) => ROUTES[name].examples.map((hash) => [name, hash] as const));
// Every prefix of every example, so the fuzzer reaches each route's parser and its edge cases.
const PREFIXES = [...new Set(EXAMPLES.flatMap(([, hash]) => [...hash].map((_, i) => hash.slice(0, i + 1))))];

describe("the route registry", () => {
  it("every example link opens the route it is listed under", () => {
    for (const [name, hash] of EXAMPLES) expect(parseRoute(hash).name, hash).toBe(name);
  });

  it("names the routes the parser knows, and only those", () => {
    const seen = new Set<Route["name"]>();
    fc.assert(
      fc.property(anyHash(PREFIXES), (hash) => {
        seen.add(parseRoute(hash).name);
      }),
      { numRuns: 3000 },
    );
    for (const [name] of EXAMPLES) seen.add(parseRoute(ROUTES[name].examples[0] ?? "").name);
    expect([...seen].sort()).toEqual([...ROUTE_NAMES].sort());
  });
});

describe("fuzz: nothing typed or linked crashes the router", () => {
  it("parseRoute() never throws and only yields registered routes with well-formed numbers", () => {
    fc.assert(
      fc.property(anyHash(PREFIXES), (hash) => {
        const route = parseRoute(hash);
        expect(ROUTE_NAMES).toContain(route.name);
        if ("number" in route && route.number !== undefined) expect(route.number).toMatch(/^\d{4}$/);
        if ("serviceId" in route && route.serviceId !== undefined) expect(route.serviceId).toMatch(/^[a-z0-9-]+$/);
      }),
      { numRuns: 2000 },
    );
  });
});
