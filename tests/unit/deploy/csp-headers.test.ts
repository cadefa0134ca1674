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

describe("Content-Security-Policy and security headers", () => {
  it("the meta CSP allows no inline script, no eval and no other origin", () => {
    const csp = directives(metaCsp);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const [, values] of csp) {
      for (const value of values) expect(["'self'", "'none'", "data:"]).toContain(value);
    }
  });

  it("the index.html has no inline script", () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe("");
    }
    expect(indexHtml).not.toMatch(/\son[a-z]+=/i);
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
