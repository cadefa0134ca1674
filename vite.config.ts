import { defineConfig } from "vite";
import { datasetPlugin, deploymentConfigPlugin, precacheManifestPlugin } from "./src/build/vite-plugins.ts";

export default defineConfig({
  plugins: [deploymentConfigPlugin(), datasetPlugin(), precacheManifestPlugin()],
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
