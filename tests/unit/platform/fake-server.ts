/** A tiny in-memory dataset server for the platform tests: builds a valid dataset + manifest and answers fetch(). */
import { createHash } from "node:crypto";
import { type Dataset, type Manifest, SCHEMA_VERSION } from "../../../src/domain/schema.ts";

/** One published version: the files a server would hold. */
export interface Published {
  manifest: Manifest;
  files: Map<string, Uint8Array<ArrayBuffer>>;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Publishes a dataset the way the data build does: content-addressed files plus a manifest naming them. */
export function publish(dataset: unknown, options: { schemaVersion?: number; version?: string } = {}): Published {
  const version = options.version ?? (dataset as Dataset).version;
  const datasetBytes = new TextEncoder().encode(JSON.stringify(dataset));
  const geometryBytes = new TextEncoder().encode(JSON.stringify({ type: "Topology", objects: { kommuner: {} } }));
  const manifest: Manifest = {
    schemaVersion: options.schemaVersion ?? SCHEMA_VERSION,
    version,
    builtAt: "2026-01-15T10:00:00.000Z",
    dataset: { url: `data/dataset-${version}.json`, sha256: sha256(datasetBytes), bytes: datasetBytes.byteLength },
    geometry: { url: `data/geometry-${version}.json`, sha256: sha256(geometryBytes), bytes: geometryBytes.byteLength },
    counts: {},
    attribution: [],
  };
  const files = new Map<string, Uint8Array<ArrayBuffer>>([
    [`/${manifest.dataset.url}`, datasetBytes],
    [`/${manifest.geometry.url}`, geometryBytes],
  ]);
  return { manifest, files };
}

/**
 * How the fake server misbehaves for one file: cut the body, drop the connection mid-way, stall mid-way
 * (bytes stop coming but the connection stays open), not answer at all, answer with an HTTP error, never
 * answer (the request hangs until aborted), or trickle the body in small chunks 20 ms apart.
 */
export type Fault = "truncate" | "drop" | "stall" | "offline" | 404 | 500 | 503 | "hang" | "trickle";

/** A fetch() that serves one published version, with optional faults per path; `requests` lists what was asked. */
export function fakeFetch(server: { published?: Published; faults?: Map<string, Fault>; offline?: boolean }) {
  const requests: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const path = String(input);
    requests.push(path);
    if (server.offline) throw new TypeError("Failed to fetch");
    const published = server.published;
    if (!published) return new Response("not found", { status: 404 });
    const fault = server.faults?.get(path);
    if (typeof fault === "number") return new Response("server error", { status: fault });
    if (fault === "hang") {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    }
    if (path === "/data/manifest.json") return new Response(JSON.stringify(published.manifest));
    const bytes = published.files.get(path);
    if (!bytes) return new Response("not found", { status: 404 });
    if (fault === "offline") throw new TypeError("Failed to fetch");
    if (fault === "trickle") {
      let at = 0;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          init?.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
        },
        async pull(controller) {
          await new Promise((wait) => setTimeout(wait, 20));
          if (init?.signal?.aborted) return;
          if (at >= bytes.byteLength) return controller.close();
          controller.enqueue(bytes.slice(at, at + 16));
          at += 16;
        },
      });
      return new Response(body);
    }
    if (fault === "truncate") return new Response(bytes.slice(0, Math.floor(bytes.byteLength / 2)));
    if (fault === "drop") {
      const half = bytes.slice(0, Math.floor(bytes.byteLength / 2));
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(half);
          } else controller.error(new TypeError("network error: connection reset"));
        },
      });
      return new Response(body);
    }
    if (fault === "stall") {
      const half = bytes.slice(0, Math.floor(bytes.byteLength / 2));
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          init?.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
        },
        pull(controller) {
          if (sent) return new Promise<void>(() => undefined);
          sent = true;
          controller.enqueue(half);
        },
      });
      return new Response(body);
    }
    return new Response(bytes);
  };
  return { fetchImpl, requests };
}
