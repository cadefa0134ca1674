/** Entry point: renders the app into the page. */
import { render } from "preact";
import { preloadStored } from "../platform/dataset-sync.ts";
import { preloadSearchFile } from "../platform/search-file-load.ts";
import { App } from "./App.tsx";
import { parseRoute } from "./router.ts";
import "./styles.css";

// The IndexedDB read is the longest step of an offline start: begin it before the first render.
preloadStored();
// The front page can search from the compact index before the dataset is there; the index is preloaded by index.html.
if (parseRoute(location.hash).name === "home") preloadSearchFile();
render(<App />, document.getElementById("app")!);
