import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../src/build/paths.ts";

const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
const IMMUTABLE = "public, max-age=31536000, immutable";

/** `add_header Name "value" always;` lines of deploy/nginx.conf, by lower-case name. */
function nginxHeaders(conf: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const match of conf.matchAll(/^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\$\w+))\s+always;/gm)) {
    headers.set(match[1]!.toLowerCase(), match[2] ?? match[3]!);
  }
  return headers;
}

/** The `_headers` file as rules: path pattern → header name (lower case) → value. */
function staticHostRules(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const at = line.indexOf(":");
    current?.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return rules;
}

describe("the web server configurations agree with each other and with index.html", () => {
  const nginx = read("deploy/nginx.conf");
  const fromNginx = nginxHeaders(nginx);
  const rules = staticHostRules(read("public/_headers"));
  const everyFile = rules.get("/*")!;

  it("send the CSP of index.html's meta tag plus frame-ancestors 'none'", () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read("index.html"))?.[1];
    expect(meta).toBeDefined();
    expect(fromNginx.get("content-security-policy")).toBe(`${meta}; frame-ancestors 'none'`);
    expect(everyFile.get("content-security-policy")).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it("send the same security headers on every file", () => {
    const security = [...fromNginx].filter(([name]) => !["cache-control", "strict-transport-security"].includes(name));
    expect(security.map(([name]) => name).sort()).toEqual(
      [
        "content-security-policy",
        "cross-origin-opener-policy",
        "permissions-policy",
        "referrer-policy",
        "x-content-type-options",
        "x-frame-options",
      ].sort(),
    );
    for (const [name, value] of security) expect(everyFile.get(name), name).toBe(value);
    expect(fromNginx.get("permissions-policy")).toBe("geolocation=(self), camera=(), microphone=()");
  });

  it("send HSTS only over TLS in nginx, and the same value on TLS-only static hosts", () => {
    expect(fromNginx.get("strict-transport-security")).toBe("$hjelpekart_hsts");
    const hsts = /map \$https \$hjelpekart_hsts \{\s*default "";\s*on "([^"]+)";/.exec(nginx)?.[1];
    expect(hsts).toBe(everyFile.get("strict-transport-security"));
  });

  it("cache content-hashed files for a year and revalidate the files that decide an update", () => {
    expect(fromNginx.get("cache-control")).toBe("$hjelpekart_cache_control");
    expect(nginx).toMatch(/map \$uri \$hjelpekart_cache_control \{\s*default "no-cache";/);
    expect(nginx).toContain(`"~^/assets/.+-[A-Za-z0-9_-]{8}\\.(js|css)$" "${IMMUTABLE}";`);
    expect(nginx).toContain(`"~^/data/(dataset|geometry)-[0-9a-f]{16}\\.json$" "${IMMUTABLE}";`);
    for (const path of ["/assets/*", "/data/dataset-*", "/data/geometry-*"]) {
      expect(rules.get(path)?.get("cache-control"), path).toBe(IMMUTABLE);
    }
    for (const path of ["/", "/index.html", "/sw.js", "/manifest.webmanifest", "/data/manifest.json"]) {
      expect(rules.get(path)?.get("cache-control"), path).toBe("no-cache");
    }
  });
});
