/** The coverage views, loaded on demand with their styles and the map. */
import { lazyView } from "../lazy-view.tsx";

/** Dashboard, map, table and report card. */
export const CoverageView = lazyView(() => import("./CoverageRoot.tsx").then((m) => m.CoverageRoot));
