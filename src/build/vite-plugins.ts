/** Vite plugins for the data build and the service worker's precache list. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createServer, type Plugin } from "vite";
import { SEARCH_INDEX_URL_ID } from "../platform/search-index-link.ts";
import { formatDataError } from "./data-error.ts";
import { assembleDataset, writeDataBuild } from "./dataset-build.ts";
import { deploymentConfigProblems } from "./deploy-config.ts";
import { writeHsdsExport } from "./hsds.ts";
import { baseDataDir, curatedDataDir, dataBuildDir, repoRoot } from "./paths.ts";

/**
 * Ends a production build with the failing step's own lines on stderr and exit code 1. Vite would print a stack
 * trace around a thrown error, and later plugins would add follow-on errors that hide the cause.
 */
function stopBuild(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** Stops a production build whose deployment settings are missing or malformed (see docs/deploy.md). */
export function deploymentConfigPlugin(): Plugin {
  return {
    name: "hjelpekart-deployment-config",
    apply: "build",
    configResolved(config) {
      const localPreview = process.env.HJELPEKART_LOCAL_PREVIEW === "1";
      const problems = deploymentConfigProblems(config.env, { localPreview });
      if (problems.length > 0) stopBuild(problems.map((problem) => `build stopped: ${problem}`));
    },
  };
}

/**
 * Runs the data build before bundling, serves its output in dev and copies it into the build output; writes the
 * compact search index's address into index.html, whose inline script preloads it beside the app script.
 */
export function datasetPlugin(): Plugin {
  let command: "build" | "serve" = "build";
  let base = "/";
  let searchUrl: string | undefined;
  return {
    name: "hjelpekart-dataset",
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    buildStart() {
      const { build, errors } = assembleDataset({
        baseDir: baseDataDir,
        curatedDir: curatedDataDir,
        now: new Date(),
      });
      if (!build) {
        const lines = errors.map(formatDataError);
        if (command === "build")
          stopBuild([...lines, `data build failed: ${errors.length} problem(s); nothing built.`]);
        this.error(`data build failed:\n${lines.join("\n")}`);
      }
      searchUrl = writeDataBuild(build, dataBuildDir).search?.url;
      // The HSDS export lives beside data/ and is copied into the output with it (served under hsds/).
      writeHsdsExport(build.dataset, dataBuildDir);
    },
    transformIndexHtml() {
      if (!searchUrl) return [];
      // index.html's inline script turns this address into a preload link (same mode and credentials as the
      // app's fetch(), so the browser hands the response over) unless a municipality page is being opened.
      const attrs = { id: SEARCH_INDEX_URL_ID, name: SEARCH_INDEX_URL_ID, content: `${base}${searchUrl}` };
      return [{ tag: "meta", attrs, injectTo: "head-prepend" }];
    },
    generateBundle() {
      for (const file of listFiles(dataBuildDir)) {
        this.emitFile({ type: "asset", fileName: file, source: readFileSync(join(dataBuildDir, file)) });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        const file = join(dataBuildDir, path);
        if (!/^\/(data|hsds)\//.test(path) || !file.startsWith(dataBuildDir) || !existsSync(file)) return next();
        res.setHeader("Content-Type", path.endsWith(".csv") ? "text/csv" : "application/json");
        res.end(readFileSync(file));
      });
    },
  };
}

/**
 * Files that are not part of the app shell: the dataset goes to IndexedDB, exports are downloaded on demand,
 * and host configuration (_headers) is read by the host and never served, so precaching it would fail the install.
 */
const NOT_PRECACHED = /^(data|hsds)\/|^sw\.js$|\.map$|^_headers$|^_redirects$/;

/**
 * Renders the static shell into index.html, then writes the precache list (URL + content revision of every shell file)
 * into sw.js. `prerenderEntry` is the app module (root-relative path) exporting `renderStaticShell(html)`; the caller
 * names it so the data pipeline never imports the app.
 */
export function precacheManifestPlugin(prerenderEntry: string): Plugin {
  let outDir = "dist";
  // After a failed build there is no index.html to render; the failing step's own message must stand alone.
  let failed = false;
  return {
    name: "hjelpekart-precache-manifest",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    async closeBundle() {
      if (failed) return;
      // The static shell goes into index.html first, so the precache list carries its final revision.
      const indexPath = join(outDir, "index.html");
      writeFileSync(indexPath, await renderWithSsr(prerenderEntry, readFileSync(indexPath, "utf8")));
      const swPath = join(outDir, "sw.js");
      const entries = listFiles(outDir)
        .filter((file) => !NOT_PRECACHED.test(file))
        .map((file) => ({
          url: file,
          revision: createHash("sha256")
            .update(readFileSync(join(outDir, file)))
            .digest("hex")
            .slice(0, 16),
        }));
      const source = readFileSync(swPath, "utf8");
      if (!source.includes("self.__WB_MANIFEST")) throw new Error("sw.js has no self.__WB_MANIFEST placeholder");
      writeFileSync(swPath, source.replace("self.__WB_MANIFEST", JSON.stringify(entries)));
    },
  };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Loads the shell through Vite's SSR loader, which compiles TSX and provides import.meta.env as in the app. */
async function renderWithSsr(entry: string, html: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: repoRoot,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  });
  try {
    const { renderStaticShell } = (await server.ssrLoadModule(entry)) as {
      renderStaticShell: (page: string) => string;
    };
    return renderStaticShell(html);
  } finally {
    await server.close();
  }
}
