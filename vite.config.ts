import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/content-security-policy.ts';
import { duckdbStartupPatch } from './src/duckdb-startup-patch.ts';
import { pwaOptions } from './src/service-worker/pwa-options.ts';

function contentSecurityPolicyPlugin(): Plugin {
  let mode: 'build' | 'serve' = 'build';
  return {
    name: 'content-security-policy',
    configResolved(config) {
      mode = config.command;
    },
    transformIndexHtml: (html) => html.replaceAll('%CONTENT_SECURITY_POLICY%', contentSecurityPolicy(mode)),
  };
}

// `base: './'` makes the build work from any sub-path (GitHub Pages serves it under /<repo>/).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin(), VitePWA(pwaOptions())],
  // DuckDB's worker scripts are emitted by the engine worker's own build (src/duckdb-startup-patch.ts).
  worker: { format: 'es', plugins: () => [duckdbStartupPatch()] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  // The worker's imports are scanned up front too; otherwise the dev server finds them on first use
  // and reloads the page, losing the user's first click.
  optimizeDeps: { entries: ['index.html', 'src/engine/worker.ts'], exclude: ['@duckdb/duckdb-wasm'] },
});
