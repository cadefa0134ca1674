/** The id of index.html's preload link for the compact search index (written by the build, read by the app). */
export const SEARCH_INDEX_LINK_ID = "search-index";
