/** The report form or the editor, whichever the route names (loaded on demand by the app root). */
import type { Dataset } from "../../domain/schema.ts";
import { EditorView } from "./EditorView.tsx";
import { useContributeT } from "./i18n/index.ts";
import { ReportView } from "./ReportView.tsx";
import type { ContributeRoute } from "./route.ts";
import "./contribute.css";

/** Picks the view; the editor waits for the dataset, the report form works without it. */
export function ContributeRoot(props: { dataset?: Dataset; route: ContributeRoute }) {
  const t = useContributeT();
  const { route, dataset } = props;
  if (route.name === "report") {
    return <ReportView dataset={dataset} number={route.number} serviceId={route.serviceId} />;
  }
  return dataset ? <EditorView dataset={dataset} number={route.number} /> : <p role="status">{t("edNeedsData")}</p>;
}
