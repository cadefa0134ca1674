/** Entry point: renders the app into the page. */
import { render } from "preact";
import { App } from "./App.tsx";
import "./styles.css";

render(<App />, document.getElementById("app")!);
