/** The find-help views that load on demand; the municipality page and the print card share their components. */
import { lazyView } from "../lazy-view.tsx";

/** The municipality page. */
export const MunicipalityView = lazyView(() => import("./MunicipalityView.tsx").then((m) => m.MunicipalityView));
/** The printable help card. */
export const PrintView = lazyView(() => import("./PrintView.tsx").then((m) => m.PrintView));
