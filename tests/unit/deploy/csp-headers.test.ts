import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const indexHtml = readFileSync("index.html", "utf8");
const headersFile = readFileSync("public/_headers", "utf8");

const metaCsp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? "";
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, "m").exec(headersFile)?.[1]?.trim();
const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );

/** The bodies of index.html's scripts without a src. */
function inlineScripts(): string[] {
  return [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ""))
    .map(([, , body]) => body ?? "");
}

/** A script's CSP source expression, as a browser computes it. */
const hashOf = (body: string) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

describe("Content-Security-Policy and security headers", () => {
  it("the meta CSP allows no eval, no other origin, and no inline script but index.html's own, by hash", () => {
    const csp = directives(metaCsp);
    expect(csp.get("script-src")).toEqual(["'self'", ...inlineScripts().map(hashOf)]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    // Beyond the hashes checked above: only this origin, nothing, or inline images.
    for (const [name, values] of csp) {
      for (const value of name === "script-src" ? values.slice(0, 1) : values) {
        expect(["'self'", "'none'", "data:"]).toContain(value);
      }
    }
  });

  it("index.html has one inline script, the search index preload, and no inline event handler", () => {
    const inline = inlineScripts();
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('document.getElementById("search-index-url")');
    expect(indexHtml).toContain('<script id="search-index-preload">');
    expect(indexHtml).not.toMatch(/\son[a-z]+=/i);
  });

  it("a changed inline script no longer matches the CSP hash", () => {
    const csp = directives(metaCsp).get("script-src") ?? [];
    expect(csp).not.toContain(hashOf(`${inlineScripts()[0]} `));
  });

  it("public/_headers sends the same CSP as a header, plus frame-ancestors 'none'", () => {
    const sent = directives(header("Content-Security-Policy") ?? "");
    const meta = directives(metaCsp);
    expect(sent.get("frame-ancestors")).toEqual(["'none'"]);
    sent.delete("frame-ancestors");
    expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(meta));
  });

  it("public/_headers sets nosniff, no-referrer and a tight Permissions-Policy", () => {
    expect(header("X-Content-Type-Options")).toBe("nosniff");
    expect(header("Referrer-Policy")).toBe("no-referrer");
    expect(header("Permissions-Policy")).toBe("geolocation=(self), camera=(), microphone=()");
  });
});
