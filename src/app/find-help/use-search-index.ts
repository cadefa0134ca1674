/**
 * The front page's search index: from the compact search file as soon as it is in (before the dataset on a
 * first visit), with services once the dataset is there. Built only while search is shown, so a municipality
 * page opened from a link does no search work.
 */
import { useEffect, useState } from "preact/hooks";
import type { Dataset, SearchFile } from "../../domain/schema.ts";
import { indexSearchFile, type SearchIndex, withServices } from "../../domain/search.ts";
import { buildSearchFile } from "../../domain/search-file.ts";
import { takeSearchFile } from "../../platform/search-file-load.ts";

let last: { file?: SearchFile; dataset?: Dataset; index: SearchIndex } | undefined;

/** Builds (or reuses) the index for the newest inputs: the dataset with its own register when they differ. */
function indexFor(file: SearchFile | undefined, dataset: Dataset | undefined): SearchIndex | undefined {
  if (last && last.file === file && last.dataset === dataset) return last.index;
  let index: SearchIndex | undefined;
  if (dataset && file && last?.file === file && !last.dataset && file.version === dataset.version) {
    // The file's index is already built: only the services are new.
    index = withServices(last.index, dataset.services);
  } else if (dataset) {
    // The postal codes live only in the search file; one of another version still knows them (the register changes
    // once a year). Without any file, places are found by name only.
    const register = file ?? buildSearchFile({ ...dataset, postalCodes: [] });
    index = indexSearchFile(register, dataset.services);
  } else if (file) index = indexSearchFile(file);
  if (index) last = { file, dataset, index };
  return index;
}

/** The index while `active` (the search view is shown), otherwise undefined. */
export function useSearchIndex(dataset: Dataset | undefined, active: boolean): SearchIndex | undefined {
  const [file, setFile] = useState<SearchFile | undefined>();
  const [asked, setAsked] = useState(false);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    // A first visit has no dataset yet: the search file is what makes search usable. Once asked, kept.
    if (!active || asked) return;
    setAsked(true);
    void takeSearchFile().then((loaded) => {
      setFile(loaded);
      setTried(true);
    });
  }, [active, asked]);
  // Until the search file has been tried, an index from the dataset alone would find no postal code.
  return active && tried ? indexFor(file, dataset) : undefined;
}
