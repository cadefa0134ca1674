/** Renders the static shell into the built index.html (loaded through Vite's SSR loader by the build). */
import { renderToString } from "preact-render-to-string";
import { StaticShell } from "./StaticShell.tsx";

const APP_ROOT = /<div id="app">([\s\S]*?)<\/div>(?=\s*<\/body>)/;

/** Returns the page with the shell rendered into `<div id="app">`; the <noscript> note stays after it. */
export function renderStaticShell(html: string): string {
  if (!APP_ROOT.test(html)) throw new Error('index.html has no <div id="app"> to render into');
  return html.replace(
    APP_ROOT,
    (_, inner: string) => `<div id="app">${renderToString(<StaticShell />)}${inner.trim()}</div>`,
  );
}
