/**
 * Which files of the build the service worker keeps, shared by the build (what goes into the
 * precache list) and the service worker (what it caches on first use).
 *
 * DuckDB ships two single-threaded builds of 35–40 MB each. Every current browser runs the one
 * with WebAssembly exception handling, so only that one is precached; the other is fetched only by
 * a browser without it, and then kept for the next offline visit. The web manifest and its icons
 * are added to the precache by the build.
 */
export const PRECACHED_FILES = ['**/*.{html,js,css,wasm,svg}'];

export const FALLBACK_BUNDLE_FILES = ['**/duckdb-mvp-*.wasm', '**/duckdb-browser-mvp.worker-*.js'];

/** The fallback files as the service worker sees them: a path ending in one of the names above. */
const FALLBACK_BUNDLE_PATH = /\/(?:duckdb-mvp-[^/]+\.wasm|duckdb-browser-mvp\.worker-[^/]+\.js)$/;

export function isFallbackBundle(pathname: string): boolean {
  return FALLBACK_BUNDLE_PATH.test(pathname);
}

/** The largest precached file is DuckDB's wasm; Workbox's default limit (2 MiB) would drop it. */
export const LARGEST_PRECACHED_FILE_BYTES = 48 * 1024 * 1024;

export const FALLBACK_BUNDLE_CACHE = 'duckdb-fallback-bundle';
