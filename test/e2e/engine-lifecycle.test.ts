import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { writeOrderFile } from '../support/order-files';
import { openApp, useBrowser, statusText, uploadText, waitForState } from '../support/browser';

const browser = useBrowser();
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'retention-large-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the engine lifecycle', () => {
  it('queues a file chosen while the engine is still starting', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(inject('appUrl'), { waitUntil: 'domcontentloaded' });
    await uploadText(page, 'early.csv', sampleOrdersCsv({ seed: 3, customers: 50, lines: 800 }));
    await waitForState(page, 'ready');
    expect(await page.getAttribute('[data-count-of="rows"]', 'data-value')).toBe('800');
    await context.close();
  });

  it('cancels a long analysis and stays usable', async () => {
    const { page } = await openApp(browser());
    await waitForState(page, 'idle');
    const large = await writeOrderFile(join(folder, 'large.csv'), { seed: 5, customers: 20_000, lines: 1_500_000 });
    await page.setInputFiles('input[data-testid="file-input"]', large);
    await waitForState(page, 'working');
    // The bar shows bytes read of the file's size while it is read.
    const size = statSync(large).size;
    await page.waitForSelector(`[data-testid="progress"][data-bytes-total="${size}"]`);
    await expect.poll(async () => Number(await page.getAttribute('[data-testid="progress"]', 'data-bytes-read')), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('[data-testid="progress"]', 'data-bytes-read'))).toBeLessThanOrEqual(size);
    await page.click('[data-testid="cancel"]');
    await waitForState(page, 'idle');
    expect(await statusText(page)).toMatch(/Cancelled/);
    expect(await page.locator('[data-testid="cleaning-report"]').count()).toBe(0);
    expect(await page.locator('[data-testid="progress"]').count()).toBe(0);

    // Cancelled to check the columns: the same file comes back on the mapping screen without being chosen again.
    await page.click('[data-testid="reopen-mapping"]');
    await page.waitForSelector('[data-testid="column-mapping"]', { timeout: 60_000 });
    expect(await page.$eval('select[data-role="customer_id"]', (select) => (select as HTMLSelectElement).selectedOptions[0].textContent)).toMatch(/CustomerID/);
    await page.click('[data-testid="close-mapping"]');

    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
    expect(Number(await page.getAttribute('[data-count-of="kept"]', 'data-value'))).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="reopen-mapping"]').count()).toBe(0);
  });
});

describe('an engine crash', () => {
  it('tells the user, restarts the engine and analyses the next file', async () => {
    const { page } = await openApp(browser());
    await waitForState(page, 'idle');
    const large = await writeOrderFile(join(folder, 'crash.csv'), { seed: 6, customers: 20_000, lines: 1_500_000 });
    await page.setInputFiles('input[data-testid="file-input"]', large);
    await waitForState(page, 'working');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="progress"]')?.getAttribute('data-bytes-read')) > 0);
    // An uncaught error in the engine worker is what the page sees when the worker dies (as when the
    // browser runs out of memory).
    const engineWorker = page.workers().find((worker) => !worker.url().includes('duckdb'));
    expect(engineWorker).toBeDefined();
    await engineWorker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash');
      });
    });
    await waitForState(page, 'error');
    const message = await statusText(page);
    expect(message).toMatch(/The analysis engine stopped \(.*simulated crash\).*restarted/);
    // The figure reached, so the user knows what size this browser managed.
    const reached = message.match(/It had read ([\d.]+) (KB|MB) of (\d+) MB \((\d+)%\) of the file when it stopped\./);
    expect(reached).not.toBeNull();
    const [read, unit, total, percent] = reached!.slice(1);
    const readMb = Number(read) / (unit === 'KB' ? 1_000 : 1);
    const totalMb = Number(total);
    expect(totalMb).toBe(Math.round(statSync(large).size / 1e6));
    expect(readMb).toBeLessThanOrEqual(totalMb);
    expect(Number(percent)).toBeGreaterThan(0);
    expect(Number(percent)).toBeLessThan(100);

    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
  });

  it('reads the files again when a choice needs the engine that was replaced', async () => {
    const { page } = await openApp(browser());
    await waitForState(page, 'idle');
    const text = sampleOrdersCsv({ seed: 8, customers: 40, lines: 300 });
    const first = text.split('\n')[1];
    await uploadText(page, 'repeats.csv', `${text.trimEnd()}\n${first}\n`);
    await waitForState(page, 'ready');
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]');
    const engineWorker = page.workers().find((worker) => !worker.url().includes('duckdb'));
    await engineWorker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash');
      });
    });
    await expect.poll(() => page.workers().includes(engineWorker!)).toBe(false);
    // The page still shows the file; leaving its duplicate out needs the lines the old engine held.
    await page.check('[data-testid="drop-duplicates"]');
    await waitForState(page, 'ready');
    expect(await page.getAttribute('[data-count-of="duplicate"]', 'data-value')).toBe('1');
    expect(await page.getAttribute('[data-count-of="rows"]', 'data-value')).toBe('301');
  });
});
