import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, createHandlerBoundToURL, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { FALLBACK_BUNDLE_CACHE, isFallbackBundle } from './cached-files';
import { PAGE_HEADERS, withHeaders } from './page-headers';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// The page, its styles and scripts, the engine worker, the icons and DuckDB's exception-handling
// build, as listed by the build. Installing fetches them all; only then does this worker take over.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Registered before the precache route so that it answers every navigation: the one place where a
// page response passes through our hands (see page-headers.ts).
const appPage = createHandlerBoundToURL('index.html');
registerRoute(
  new NavigationRoute(async (options) => withHeaders(await appPage(options), PAGE_HEADERS), {
    allowlist: [/\/(?:index\.html)?(?:\?.*)?$/],
  }),
);
addRoute();

// DuckDB's build for browsers without wasm exception handling: fetched from this origin on first
// use, then kept (one wasm and its worker; an older version's pair is dropped).
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isFallbackBundle(url.pathname),
  new CacheFirst({
    cacheName: FALLBACK_BUNDLE_CACHE,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 2 })],
  }),
);

// A new version waits (the page shows a notice) until the user presses Reload.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// On the first visit the open page is taken over at once, so that it is served offline next time
// without a second visit and a browser without exception handling caches its fallback build now.
clientsClaim();
