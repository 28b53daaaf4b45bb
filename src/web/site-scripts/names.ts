// Names the browser scripts, the service worker and the web app must agree on. Plain values with no imports,
// so every one of them (and the tests) can import this file whatever its type-checking setup.

/** The service worker's script, served at the site root so its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** Where the chosen colour theme ('light' or 'dark') is kept in localStorage. */
export const THEME_STORAGE_KEY = 'cw-theme';

/** Every cache the service worker makes starts with this, so it deletes only its own. */
export const CACHE_PREFIX = 'crampwise-';
/** Changes whenever what the page cache keeps changes: the new worker then starts a fresh cache. */
export const PAGES_CACHE_VERSION = 'v3';
/** The saved pages and files (`crampwise-pages-<version>`). */
export const PAGES_CACHE_PREFIX = `${CACHE_PREFIX}pages-`;
export const PAGES_CACHE = `${PAGES_CACHE_PREFIX}${PAGES_CACHE_VERSION}`;
/** The person's own diary answers from the API, kept for offline reading; deleted at log-out. */
export const DATA_CACHE = `${CACHE_PREFIX}data-v2`;

/** The knowledge base search the search boxes ask as someone types. */
export const SEARCH_API_PATH = '/api/search';
/** Suggestions as you type, the same in the web app's header and on the server-rendered pages. */
export const SEARCH_SUGGESTIONS = {
  debounceMs: 150,
  limit: 8,
  /** Shorter queries show nothing; longer ones are refused by the API (its SEARCH_QUERY_MAX). */
  minLength: 2,
  maxLength: 200,
} as const;

/**
 * The <meta> whose content holds the words of the suggestions as you type (/search.js), in the page's
 * language, as JSON of {suggestions, all, none, count}; `all` and `count` hold {query} and {count} to fill in.
 */
export const SEARCH_TEXT_META = 'cw-search-text';
