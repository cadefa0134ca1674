/** Views loaded on demand, so search and municipality pages never download code they do not use. */
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useT } from "./i18n/index.ts";

/** A view loaded on demand; `preload` starts the download early (for example from the entry point). */
export type LazyView<P extends object> = ComponentType<P> & { preload: () => Promise<ComponentType<P>> };

/** Wraps a dynamic import in a component that shows a status line until its chunk has arrived. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // Offline before the chunk was cached: let a later visit try again.
        loading = undefined;
        throw error;
      },
    ));
  function LazyView(props: P) {
    const t = useT();
    // A view already loaded renders at once, without a loading line in between.
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      preload().then(
        (component) => setView(() => component),
        () => setFailed(true),
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
  }
  return Object.assign(LazyView, { preload });
}
