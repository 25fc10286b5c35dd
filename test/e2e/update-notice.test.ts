import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from '../support/browser';
import { waitForServiceWorker } from '../support/service-worker';
import { serveStatic } from '../support/static-server';

const browser = useBrowser();
const NOTICE = '[data-testid="update-notice"]';

/**
 * What a new deployment changes: the page, and with it the service worker's precache list, where
 * the page's entry carries a hash of its content.
 */
function deployChangedPage(site: string): void {
  const page = readFileSync(join(site, 'index.html'), 'utf8').replace('</head>', '<meta name="deployment" content="second" /></head>');
  writeFileSync(join(site, 'index.html'), page);
  const worker = readFileSync(join(site, 'service-worker.js'), 'utf8');
  const pageEntry = /"revision":"[0-9a-f]+","url":"index\.html"/;
  if (!pageEntry.test(worker)) throw new Error('the service worker no longer lists index.html with a revision');
  const revision = createHash('md5').update(page).digest('hex');
  writeFileSync(join(site, 'service-worker.js'), worker.replace(pageEntry, `"revision":"${revision}","url":"index.html"`));
}

// Each test deploys to a copy of the build on a host of its own.
let site: string;
let host: Awaited<ReturnType<typeof serveStatic>>;
beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'retention-site-'));
  cpSync(inject('buildDir'), site, { recursive: true });
  host = await serveStatic(site, '/retention-engine/demo/');
});
afterEach(async () => {
  await host.close();
  rmSync(site, { recursive: true, force: true });
});

describe('a new deployment', () => {
  it('is announced by a quiet notice, and Reload brings it in', async () => {
    const { page, errors } = await openApp(browser(), host.url);
    try {
      await waitForServiceWorker(page);
      expect(await page.isVisible(NOTICE)).toBe(false);

      deployChangedPage(site);
      await page.reload();
      await page.waitForSelector(NOTICE, { timeout: 60_000 });
      expect(await page.textContent(NOTICE)).toContain('A new version is ready.');
      // Until the user chooses, the page stays the version it was opened with.
      expect(await page.$('meta[name="deployment"]')).toBeNull();

      await page.click(`${NOTICE} button:text-is("Reload")`);
      await page.waitForSelector('meta[name="deployment"][content="second"]', { state: 'attached', timeout: 60_000 });
      await page.waitForSelector('[data-testid="status"]');
      expect(await page.isVisible(NOTICE)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('waits when the user picks Later', async () => {
    const { page } = await openApp(browser(), host.url);
    try {
      await waitForServiceWorker(page);
      deployChangedPage(site);
      await page.reload();
      await page.click(`${NOTICE} button:text-is("Later")`, { timeout: 60_000 });
      expect(await page.isVisible(NOTICE)).toBe(false);
      expect(await page.$('meta[name="deployment"]')).toBeNull();
    } finally {
      await page.context().close();
    }
  });
});
