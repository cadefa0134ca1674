/** A tiny static server for a production build, gzipping like a real host, so measurements see realistic transfers. */
import { readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};
// Images are already compressed; everything else is text worth gzipping.
const COMPRESS = new Set([".html", ".js", ".css", ".json", ".webmanifest", ".svg", ".txt"]);

/** A running server and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (port 0 picks a free one); hashed assets are cached for a year, the rest revalidated. */
export function serveDirectory(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const relative = path === "/" ? "index.html" : normalize(path).replace(/^[/\\]+/, "");
    const file = join(root, relative);
    if (!file.startsWith(root) || !isFile(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    };
    let body: Buffer<ArrayBufferLike> = readFileSync(file);
    if (COMPRESS.has(ext) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      let packed = gzipped.get(file);
      if (!packed) {
        packed = gzipSync(body, { level: 9 });
        gzipped.set(file, packed);
      }
      body = packed;
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    headers["content-length"] = String(body.byteLength);
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise((closed) => {
            // Browsers keep connections alive; drop them so close() does not wait for their timeout.
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
