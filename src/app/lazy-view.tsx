/** Views loaded on demand, so search and municipality pages never download code they do not use. */
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useT } from "./i18n/index.ts";

/** Wraps a dynamic import in a component that shows a status line until its chunk has arrived. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  return function LazyView(props: P) {
    const t = useT();
    const [View, setView] = useState<ComponentType<P> | undefined>();
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      loading ??= load();
      loading.then(
        (component) => setView(() => component),
        () => {
          // Offline before the chunk was cached: let a later visit try again.
          loading = undefined;
          setFailed(true);
        },
      );
    }, []);
    if (View) return <View {...props} />;
    return failed ? (
      // Its own message: the data is fine; the view's code is missing (offline before it was cached, or the
      // app was updated in another tab and the old files are gone). A reload fetches the current ones.
      <p class="notice notice--error" role="alert">
        {t("viewLoadFailed")}{" "}
        <button type="button" onClick={() => location.reload()}>
          {t("reloadPage")}
        </button>
      </p>
    ) : (
      <p role="status">{t("loading")}</p>
    );
  };
}
