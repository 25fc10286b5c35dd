import { describe, expect, it } from 'vitest';
import { pwaOptions } from '../../../src/service-worker/pwa-options';

// Files the offline copy trusts by name alone are fetched again only when the name changes.
describe('files the offline copy refreshes by name alone', () => {
  const byNameAlone = pwaOptions().injectManifest?.dontCacheBustURLsMatching;

  it('are the hashed assets the build leaves as they are', () => {
    expect(byNameAlone?.test('assets/index-BP0pRkMH.js')).toBe(true);
    expect(byNameAlone?.test('assets/duckdb-eh-9ubY-jlA.wasm')).toBe(true);
  });

  it("leave out DuckDB's worker scripts, which the build changes after their name was hashed", () => {
    expect(byNameAlone?.test('assets/duckdb-browser-eh.worker-hQa-dcAV.js')).toBe(false);
    expect(byNameAlone?.test('assets/duckdb-browser-mvp.worker-C9hF7LGh.js')).toBe(false);
    expect(byNameAlone?.test('index.html')).toBe(false);
  });
});
