import { defineConfig } from "vite";
import { datasetPlugin, deploymentConfigPlugin, precacheManifestPlugin } from "./src/build/vite-plugins.ts";

export default defineConfig({
  // The static shell is rendered by the app's own entry; the build plugin only loads it by path.
  plugins: [deploymentConfigPlugin(), datasetPlugin(), precacheManifestPlugin("/src/app/prerender.tsx")],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    target: "es2022",
    sourcemap: false,
    rollupOptions: {
      input: { main: "index.html", sw: "src/sw/sw.ts" },
      output: {
        entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js"),
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  server: { host: "127.0.0.1" },
});
