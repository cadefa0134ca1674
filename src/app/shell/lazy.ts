/** Shell views that load on demand. */
import { lazyView } from "../lazy-view.tsx";

/** About the data and its sources. */
export const AboutView = lazyView(() => import("./AboutView.tsx").then((m) => m.AboutView));
