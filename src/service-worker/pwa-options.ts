import type { Plugin } from 'vite';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { FALLBACK_BUNDLE_FILES, LARGEST_PRECACHED_FILE_BYTES, PRECACHED_FILES } from './cached-files.ts';
import { webAppManifest } from './web-app-manifest.ts';

/**
 * The service worker and web manifest of the built site (vite-plugin-pwa with Workbox). The service
 * worker is our own (`service-worker.ts`); the build only fills in its precache list. It is
 * registered from the page (`ui/shared/use-update-check.ts`) and never runs on the dev server.
 */
export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    strategies: 'injectManifest',
    srcDir: 'src/service-worker',
    filename: 'service-worker.ts',
    // A new version waits until the user chooses to reload: a reload clears the analysis on screen.
    registerType: 'prompt',
    injectRegister: false,
    manifest: webAppManifest(),
    injectManifest: {
      globPatterns: PRECACHED_FILES,
      globIgnores: FALLBACK_BUNDLE_FILES,
      maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE_BYTES,
      // Hashed file names already change with their content; only index.html needs a revision, and
      // DuckDB's worker scripts: the build changes them after their name was hashed (src/duckdb-startup-patch.ts),
      // so an offline copy holding the unchanged script must see a new revision to fetch the changed one.
      dontCacheBustURLsMatching: /assets\/(?!duckdb-browser-).+-[\w-]{8}\./,
      rollupFormat: 'iife',
      buildPlugins: { vite: [workboxForProduction()] },
    },
    devOptions: { enabled: false },
  };
}

/**
 * Workbox keeps its debug logging and checks unless NODE_ENV is `production`, and the plugin reads
 * NODE_ENV from the building process, which the test runner sets to `test`: without this the
 * browser tests would run a different service worker from the one that ships.
 */
function workboxForProduction(): Plugin {
  return { name: 'workbox-for-production', config: () => ({ define: { 'process.env.NODE_ENV': JSON.stringify('production') } }) };
}
