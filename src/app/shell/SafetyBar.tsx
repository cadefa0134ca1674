/** The bar that stays on screen while scrolling: urgent help one tap away and the quick exit. */
import { useEffect } from "preact/hooks";
import { useT } from "../i18n/index.ts";
import { CrisisBar } from "./CrisisBar.tsx";
import { DOUBLE_ESCAPE_MS, quickExit } from "./quick-exit.ts";

/** Sticky safety bar; `crisisInline` is true where the page already shows the crisis numbers in full. */
export function SafetyBar(props: { crisisInline: boolean }) {
  const t = useT();
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      if (now - last < DOUBLE_ESCAPE_MS) quickExit();
      last = now;
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, []);
  return (
    <div class="safety-bar">
      {props.crisisInline ? (
        <span class="safety-bar__spacer" />
      ) : (
        <details class="safety-bar__crisis">
          <summary>
            <span aria-hidden="true">☎</span>
            {t("crisisToggle")}
          </summary>
          <CrisisBar />
        </details>
      )}
      <button
        type="button"
        class="quick-exit"
        onClick={quickExit}
        aria-describedby="quick-exit-hint"
        title={`${t("quickExitHint")}. ${t("quickExitKeys")}`}
      >
        {t("quickExit")}
        <span aria-hidden="true"> ✕</span>
      </button>
      <span id="quick-exit-hint" class="visually-hidden">
        {t("quickExitHint")}. {t("quickExitKeys")}
      </span>
    </div>
  );
}
