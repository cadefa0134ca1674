import { describe, expect, it } from "vitest";
import { findCycles, importSpecifiers } from "../../../tools/import-graph.ts";

describe("importSpecifiers", () => {
  it("reads static imports, type imports, re-exports and side-effect imports, across lines", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "./b.ts";',
      "import {",
      "  c,",
      "  type D,",
      '} from "./c.ts";',
      'export type { E } from "./e.ts";',
      'export * from "./f.ts";',
      'import "./styles.css";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["./a.ts", "./b.ts", "./c.ts", "./e.ts", "./f.ts", "./styles.css"]);
  });

  it("ignores commented-out imports, dynamic imports and strings that mention import", () => {
    const source = [
      '// import { x } from "./x.ts";',
      '/* import { y } from "./y.ts"; */',
      'const z = await import("./z.ts");',
      'const text = "import from nowhere";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual([]);
  });
});

describe("findCycles", () => {
  it("finds a type-only loop between a parent and its child view", () => {
    const graph = new Map([
      ["Root.tsx", ["Child.tsx", "labels.ts"]],
      ["Child.tsx", ["Root.tsx"]],
      ["labels.ts", []],
    ]);
    expect(findCycles(graph)).toEqual([
      { files: ["Child.tsx", "Root.tsx"], path: ["Child.tsx", "Root.tsx", "Child.tsx"] },
    ]);
  });

  it("reports a three-file loop once, with every file in it", () => {
    const graph = new Map([
      ["sync.ts", ["off-thread.ts"]],
      ["off-thread.ts", ["worker.ts"]],
      ["worker.ts", ["sync.ts"]],
    ]);
    const cycles = findCycles(graph);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.files).toEqual(["off-thread.ts", "sync.ts", "worker.ts"]);
    expect(cycles[0]!.path).toEqual(["off-thread.ts", "worker.ts", "sync.ts", "off-thread.ts"]);
  });

  it("finds none in a tree of imports, and a file importing itself", () => {
    expect(
      findCycles(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
    expect(findCycles(new Map([["a", ["a"]]]))).toEqual([{ files: ["a"], path: ["a", "a"] }]);
  });
});
