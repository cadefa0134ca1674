/** The id of index.html's preload link for the compact search index (added by its inline script, read by the app). */
export const SEARCH_INDEX_LINK_ID = "search-index";

/** The id (and name) of the meta tag holding the search index's address (written by the build). */
export const SEARCH_INDEX_URL_ID = "search-index-url";
