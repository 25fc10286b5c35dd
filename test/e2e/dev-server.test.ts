import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, waitForState } from '../support/browser';

// `npm run dev` as a new user meets it: a cold dependency cache, and a click as soon as the page shows.
const browser = useBrowser();
let server: ViteDevServer;
let cacheDir: string;
beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'retention-vite-cache-'));
  server = await createServer({ root: process.cwd(), cacheDir, logLevel: 'error', server: { port: 0, strictPort: false } });
  await server.listen();
});
afterAll(async () => {
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('analyses the sample data on the first click, without a reload losing it', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.resolvedUrls!.local[0]);
    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready', 90_000);
    expect(Number(await page.getAttribute('[data-count-of="kept"]', 'data-value'))).toBeGreaterThan(0);
    // The offline service worker belongs to the built site: it would serve stale modules here.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
