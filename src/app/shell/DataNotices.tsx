/** Notices about the data: progress, failure with retry, updated, refused or too-new data, and storage problems. */
import { useContext } from "preact/hooks";
import type { DatasetState } from "../../platform/dataset-session.ts";
import { formatLongDate } from "../i18n/format.ts";
import { LanguageContext, type MessageKey, useT } from "../i18n/index.ts";

const FAILED: Record<Extract<DatasetState, { status: "failed" }>["reason"], MessageKey> = {
  network: "loadFailed",
  rejected: "loadFailedRejected",
  "app-update": "loadFailedAppUpdate",
};

/** The data notices; rendered inside the page's polite live region. */
export function DataNotices(props: { state: DatasetState; retry: () => void }) {
  const t = useT();
  const language = useContext(LanguageContext);
  const { state } = props;
  if (state.status === "loading") {
    return (
      <p class="notice" role="status">
        {state.percent === undefined ? t("loading") : t("loadingProgress", { percent: state.percent })}
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <p class="notice notice--error" role="alert">
        {t(FAILED[state.reason])}{" "}
        <button type="button" onClick={props.retry}>
          {t("retry")}
        </button>
      </p>
    );
  }
  const date = formatLongDate(language, state.dataset.builtAt);
  const storageKey: MessageKey | undefined =
    state.storage === "blocked"
      ? "storageBlocked"
      : state.storage === "full"
        ? state.updated
          ? "storageFullKeptOld"
          : "storageFull"
        : state.storage === "unavailable"
          ? "memoryOnly"
          : undefined;
  return (
    <>
      {state.updated ? <p class="notice">{t("updatedNoticeDate", { date })}</p> : null}
      {state.notice === "rejected" ? <p class="notice">{t("dataRejected", { date })}</p> : null}
      {state.notice === "app-update" ? <p class="notice">{t("dataNeedsAppUpdate", { date })}</p> : null}
      {state.notice === "update-failing" ? <p class="notice">{t("updateFailing", { date })}</p> : null}
      {storageKey ? <p class="notice">{t(storageKey)}</p> : null}
    </>
  );
}
