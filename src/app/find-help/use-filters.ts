/** The municipality page's filters, kept in the URL fragment so a copied or shared link carries them. */
import { useCallback, useEffect, useState } from "preact/hooks";
import { type Filters, parseFilters, serializeFilters } from "../../domain/filters.ts";

/** Hash for a path with filters, e.g. "#/kommune/5501?alder=ungdom". */
export function hashWithFilters(path: string, filters: Filters): string {
  const query = serializeFilters(filters);
  return `#${path}${query ? `?${query}` : ""}`;
}

/** Filters from the current hash and a setter that rewrites the hash in place (no new history entry per click). */
export function useFilters(path: string): [Filters, (next: Filters) => void] {
  const [filters, setState] = useState(() => parseFilters(location.hash));
  useEffect(() => {
    const update = () => setState(parseFilters(location.hash));
    update();
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, [path]);
  const setFilters = useCallback(
    (next: Filters) => {
      setState(next);
      // replaceState fires no hashchange, so the page keeps its focus and scroll position.
      history.replaceState(history.state, "", hashWithFilters(path, next));
    },
    [path],
  );
  return [filters, setFilters];
}
