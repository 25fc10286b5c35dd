import { describe, expect, it } from 'vitest';
import { isFallbackBundle } from '../../../src/service-worker/cached-files';

// File names as the build emits them: DuckDB's own name, a dash and an 8-character content hash.
describe('the files cached on first use', () => {
  it("are DuckDB's build for browsers without wasm exception handling, wasm and worker", () => {
    expect(isFallbackBundle('/retention-engine/demo/assets/duckdb-mvp-BP0pRkMH.wasm')).toBe(true);
    expect(isFallbackBundle('/assets/duckdb-browser-mvp.worker-C9hF7LGh.js')).toBe(true);
  });

  it('leave out the exception-handling build, the app and names that only look alike', () => {
    for (const path of [
      '/assets/duckdb-eh-9ubY-jlA.wasm',
      '/assets/duckdb-browser-eh.worker-hQa-dcAV.js',
      '/assets/worker-DnzU6nmg.js',
      '/index.html',
      '/assets/duckdb-mvp-BP0pRkMH.wasm/other.js',
      '/assets/my-duckdb-mvp-BP0pRkMH.wasm',
    ]) {
      expect(isFallbackBundle(path), path).toBe(false);
    }
  });
});
