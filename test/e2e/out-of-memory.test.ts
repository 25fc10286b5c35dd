import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { writeOrderFile } from '../support/order-files';
import { launchBrowser, openApp, statusText, uploadText, waitForState, type AppPage } from '../support/browser';

/**
 * A real out-of-memory: Chromium is started with WebAssembly memories capped at 100 MB (1,600 pages
 * of 64 KiB), which a small file fits in and a 100 MB export does not. Memory DuckDB has grown
 * never shrinks, and an engine that ran out once refused every later file, however small.
 */
const WASM_PAGES = 1_600;

let browser: Browser;
let app: AppPage;
let folder: string;
let large: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'retention-memory-'));
  large = await writeOrderFile(join(folder, 'too-large.csv'), { seed: 5, customers: 20_000, lines: 1_200_000 });
  browser = await launchBrowser([`--js-flags=--wasm-max-mem-pages=${WASM_PAGES}`]);
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

const small = sampleOrdersCsv({ seed: 3, customers: 30, lines: 200 });

async function loadSmall() {
  await uploadText(app.page, 'small.csv', small);
  await waitForState(app.page, 'ready');
  expect(await app.page.getAttribute('[data-count-of="rows"]', 'data-value')).toBe('200');
}

describe('after the engine runs out of memory', () => {
  it('loads the files it loaded before, however often it happens', async () => {
    await loadSmall();
    for (let round = 0; round < 2; round++) {
      await app.page.setInputFiles('input[data-testid="file-input"]', large);
      await waitForState(app.page, 'error', 120_000);
      expect(await statusText(app.page)).toMatch(/ran out of memory while reading "too-large\.csv"\. The analysis engine has been restarted/);
      expect(await app.page.textContent('[data-testid="failure-details"]')).toMatch(/Out of Memory/i);
      await loadSmall();
    }
  });
});
