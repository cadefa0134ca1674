/** Entry point: renders the app into the page. */
import { render } from "preact";
import { preloadStored } from "../platform/dataset-sync.ts";
import { App } from "./App.tsx";
import "./styles.css";

// The IndexedDB read is the longest step of an offline start: begin it before the first render.
preloadStored();
render(<App />, document.getElementById("app")!);
