/**
 * The web server's promises, checked on the responses nginx gives with deploy/nginx.conf: security headers on
 * every file, immutable caching only for content-hashed files, revalidation for the files that decide an update,
 * correct types and compression.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type APIResponse, expect, test } from "@playwright/test";

/** The hash of index.html's one inline script (the search index preload), which the CSP allows by it. */
const INLINE_SCRIPT = /<script id="search-index-preload">([\s\S]*?)<\/script>/.exec(
  readFileSync("index.html", "utf8"),
)?.[1];
const INLINE_HASH = `'sha256-${createHash("sha256")
  .update(INLINE_SCRIPT ?? "missing")
  .digest("base64")}'`;
const CSP = `default-src 'self'; script-src 'self' ${INLINE_HASH}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`;
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Every response, whatever the file, carries these. */
function expectSecurityHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], path).toBe(CSP);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("no-referrer");
  expect(headers["permissions-policy"], path).toBe("geolocation=(self), camera=(), microphone=()");
  expect(headers["x-frame-options"], path).toBe("DENY");
  // Served over plain HTTP here: HSTS is only sent over TLS, where it means something.
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

test("nginx serves every file with the security headers, the right cache policy and type", async ({ request }) => {
  const index = await request.get("/", { headers: { "accept-encoding": "gzip" } });
  expect(index.status()).toBe(200);
  const html = await index.text();
  // The header CSP is the meta tag's policy plus frame-ancestors.
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(`${meta}; frame-ancestors 'none'`).toBe(CSP);
  const asset = /src="(\/assets\/main-[A-Za-z0-9_-]{8}\.js)"/.exec(html)?.[1];
  expect(asset, "index.html names its hashed script").toBeDefined();
  const manifest = (await (await request.get("/data/manifest.json")).json()) as { dataset: { url: string } };

  const expected: [path: string, type: RegExp, cache: string][] = [
    ["/", /^text\/html; charset=utf-8$/, "no-cache"],
    ["/index.html", /^text\/html; charset=utf-8$/, "no-cache"],
    [asset!, /^application\/javascript; charset=utf-8$/, IMMUTABLE],
    ["/sw.js", /^application\/javascript; charset=utf-8$/, "no-cache"],
    ["/manifest.webmanifest", /^application\/manifest\+json; charset=utf-8$/, "no-cache"],
    ["/data/manifest.json", /^application\/json; charset=utf-8$/, "no-cache"],
    [`/${manifest.dataset.url.replace(/^\//, "")}`, /^application\/json; charset=utf-8$/, IMMUTABLE],
    ["/hsds/coverage.csv", /^text\/csv; charset=utf-8$/, "no-cache"],
  ];
  for (const [path, type, cache] of expected) {
    const response = await request.get(path, { headers: { "accept-encoding": "gzip" } });
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(response.headers()["cache-control"], path).toBe(cache);
  }

  // Text is compressed for browsers that ask (the client reports the encoding it received).
  const gzipped = await request.get(asset!, { headers: { "accept-encoding": "gzip" } });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(gzipped.headers().vary).toContain("Accept-Encoding");

  // Errors carry the headers too, and other hosts' configuration is never served.
  const missing = await request.get("/no-such-file.js");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "/no-such-file.js");
  expect((await request.get("/_headers")).status()).toBe(404);
});
