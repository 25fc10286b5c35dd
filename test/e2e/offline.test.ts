import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser, waitForState } from '../support/browser';
import { cachedUrls, waitForServiceWorker } from '../support/service-worker';
import { serveStatic } from '../support/static-server';

const browser = useBrowser();

describe('offline', () => {
  it('opens and analyses the sample data with the network off, after one visit', async () => {
    // A host of its own, so that taking it down does not disturb the other tests.
    const host = await serveStatic(inject('buildDir'), '/retention-engine/demo/');
    const { page, errors } = await openApp(browser(), host.url);
    try {
      await waitForServiceWorker(page);
      // A file cached with a revision (index.html, DuckDB's changed worker scripts) is keyed with it.
      const cached = Object.values(await cachedUrls(page)).flat();
      for (const file of [/\/index\.html/, /\/assets\/worker-[^/]+\.js$/, /\/duckdb-eh-[^/]+\.wasm$/, /\/duckdb-browser-eh\.worker-[^/?]+\.js(\?__WB_REVISION__=\w+)?$/]) {
        expect(cached.some((url) => file.test(url)), String(file)).toBe(true);
      }
      // Chromium runs the exception-handling build, so the other one is neither precached nor fetched.
      expect(cached.filter((url) => url.includes('mvp'))).toEqual([]);

      await host.close();
      await page.context().setOffline(true);
      await page.reload();
      await page.click('[data-testid="load-sample"]');
      await waitForState(page, 'ready');
      expect(Number(await page.getAttribute('[data-count-of="kept"]', 'data-value'))).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await host.close();
    }
  });
});
