/** The error report and the offer editor, loaded on demand with their styles. */
import { lazyView } from "../lazy-view.tsx";

/** The report form and the editor. */
export const ContributeView = lazyView(() => import("./ContributeRoot.tsx").then((m) => m.ContributeRoot));
