/** The front page: one search field for municipality, postal code or place. */
import { Component, type ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Dataset } from "../../domain/schema.ts";
import { type SearchIndex, type SearchResult, sameResult, search } from "../../domain/search.ts";
import { readSavedMunicipalities } from "../../platform/db.ts";
import { type LocationOutcome, locateMe } from "../../platform/geolocation.ts";
import { type MessageKey, useT } from "../i18n/index.ts";
import { municipalityHref } from "./route.ts";

/** The front page: tagline, search, "use my location" and saved municipalities. */
export function SearchView(props: { dataset?: Dataset; index?: SearchIndex; progress?: ComponentChildren }) {
  const t = useT();
  return (
    <section class="search" aria-labelledby="search-label">
      <h1 class="tagline">{t("tagline")}</h1>
      <label id="search-label" for="search" class="search__label">
        {t("searchLabel")}
      </label>
      <p id="search-hint" class="search__hint">
        {t("searchHint")}
      </p>
      <SearchField index={props.index} progress={props.progress} />
      {props.dataset ? <NearMe dataset={props.dataset} /> : null}
      {props.dataset ? <SavedMunicipalities dataset={props.dataset} /> : null}
    </section>
  );
}

/**
 * The field and its results. The query lives here, not in SearchView, so a keystroke re-renders only the
 * field and the list: on a slow phone every millisecond before the next frame is felt while typing.
 */
function SearchField(props: { index?: SearchIndex; progress?: ComponentChildren }) {
  const t = useT();
  const { index } = props;
  const [query, setQuery] = useState("");
  const listRef = useRef<HTMLUListElement>(null);
  const results = useMemo(() => (index ? search(index, query) : []), [index, query]);

  const focusResult = (delta: number) => {
    const links = Array.from(listRef.current?.querySelectorAll("a") ?? []);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = at + delta;
    if (next < 0) document.getElementById("search")?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      focusResult(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      focusResult(-1);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the field and the result links
    <div onKeyDown={onKeyDown}>
      <input
        id="search"
        class="search__input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="search-hint"
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        disabled={!index}
      />
      {/* While the data arrives, its progress sits by the field the person is waiting to use. */}
      {props.progress}
      <p class="visually-hidden" aria-live="polite">
        {query.trim() ? t("resultCount", { count: results.length }) : ""}
      </p>
      {query.trim() && results.length === 0 && index ? (
        <p class="search__empty">
          {t("noResults", { query })}
          {index.withServices ? null : ` ${t("noResultsServicesLater")}`}
        </p>
      ) : null}
      {results.length > 0 ? (
        <ul class="results" ref={listRef} aria-label={t("searchResults")}>
          {results.map((result, position) => (
            <ResultItem key={position} result={result} countyNames={index?.countyNames} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const LOCATION_MESSAGES: Record<Exclude<LocationOutcome["kind"], "inside" | "near">, MessageKey> = {
  outside: "nearMeOutside",
  denied: "nearMeDenied",
  timeout: "nearMeTimeout",
  unavailable: "nearMeUnavailable",
  unsupported: "nearMeUnavailable",
  "no-geometry": "nearMeNoGeometry",
};

/** "Use my location": says what happens to the position before the browser asks for it. */
function NearMe(props: { dataset: Dataset }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | undefined>();
  const run = async () => {
    setBusy(true);
    setProblem(undefined);
    // A lookup chunk that cannot load (offline before the app was cached) must not leave the button stuck.
    const outcome: LocationOutcome = await locateMe(props.dataset.version).catch(() => ({ kind: "no-geometry" }));
    setBusy(false);
    if (outcome.kind === "inside" || outcome.kind === "near") {
      location.hash = municipalityHref(outcome.number, outcome.district);
    } else setProblem(LOCATION_MESSAGES[outcome.kind]);
  };
  return (
    <div class="near-me">
      <p id="near-me-explain" class="near-me__explain">
        {t("nearMeExplain")}
      </p>
      <button type="button" class="near-me__button" aria-describedby="near-me-explain" onClick={run} disabled={busy}>
        <span aria-hidden="true">◎ </span>
        {t("nearMe")}
      </button>
      <div aria-live="polite">
        {busy ? <p>{t("nearMeLocating")}</p> : null}
        {problem ? (
          <div class="notice notice--error near-me__problem">
            <p>{t(problem)}</p>
            <button type="button" class="link-button" onClick={() => document.getElementById("search")?.focus()}>
              {t("nearMeSearchInstead")}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Municipalities saved on this device (IndexedDB), so they work offline. */
function SavedMunicipalities(props: { dataset: Dataset }) {
  const t = useT();
  const [numbers, setNumbers] = useState<string[]>([]);
  useEffect(() => {
    readSavedMunicipalities()
      .then(setNumbers)
      .catch(() => setNumbers([]));
  }, []);
  const saved = numbers
    .map((number) => props.dataset.municipalities.find((m) => m.number === number))
    .filter((m) => m !== undefined);
  if (saved.length === 0) return null;
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t("savedHeading")}</h2>
      <ul class="saved__list">
        {saved.map((m) => (
          <li key={m.number}>
            <a href={municipalityHref(m.number)}>{m.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ResultItemProps {
  result: SearchResult;
  countyNames: ReadonlyMap<string, string> | undefined;
}

/**
 * One row of the result list. Most letters typed keep most rows; such a row is left alone instead of being
 * rendered and compared again, which is much of a keystroke's work on a slow phone. A language switch still
 * reaches ResultLink through its context.
 */
class ResultItem extends Component<ResultItemProps> {
  override shouldComponentUpdate(next: ResultItemProps): boolean {
    return next.countyNames !== this.props.countyNames || !sameResult(next.result, this.props.result);
  }
  override componentDidUpdate(previous: ResultItemProps): void {
    // Rows are reused by position: when the hit of a focused row changes under it (the offers arrived while the
    // person was moving through the list), Enter would open something they never chose. Focus goes back to the
    // field, from where the new list is read as any other.
    if (sameResult(previous.result, this.props.result)) return;
    const base = this.base as HTMLElement | undefined;
    if (base?.contains(document.activeElement)) document.getElementById("search")?.focus();
  }
  override render() {
    return (
      <li>
        <ResultLink result={this.props.result} countyNames={this.props.countyNames} />
      </li>
    );
  }
}

function ResultLink(props: ResultItemProps) {
  const t = useT();
  const { result } = props;
  switch (result.kind) {
    case "municipality":
      return (
        <a class="result" href={municipalityHref(result.municipality.number)}>
          <span class="result__title">{result.municipality.name}</span>
          <span class="result__detail">
            {t("resultMunicipality", {
              number: result.municipality.number,
              county: props.countyNames?.get(result.municipality.county) ?? "",
            })}
          </span>
        </a>
      );
    case "postal":
      return (
        <a class="result" href={municipalityHref(result.municipality.number)}>
          <span class="result__title">{`${result.code} ${result.place}`}</span>
          <span class="result__detail">{t("resultPostal", { municipality: result.municipality.name })}</span>
        </a>
      );
    case "place":
      return (
        <a class="result" href={municipalityHref(result.municipality.number)}>
          <span class="result__title">{result.place}</span>
          <span class="result__detail">{t("resultPlace", { municipality: result.municipality.name })}</span>
        </a>
      );
    case "district":
      return (
        <a class="result" href={municipalityHref(result.municipality.number, result.district.code)}>
          <span class="result__title">{result.district.name}</span>
          <span class="result__detail">{t("resultDistrict", { municipality: result.municipality.name })}</span>
        </a>
      );
    case "service":
      return (
        <a class="result" href={municipalityHref(result.service.area.municipalities[0] ?? "")}>
          <span class="result__title">{result.service.name}</span>
          <span class="result__detail">
            {result.municipality
              ? t("resultServiceIn", { municipality: result.municipality.name })
              : t("resultService")}
          </span>
        </a>
      );
  }
}
