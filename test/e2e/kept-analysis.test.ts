import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadCsv, readCleaningReport, readReport, readSummary } from '../support/app-readers';
import { openApp, statusText, uploadText, useBrowser, waitForState } from '../support/browser';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { expectNoViolations } from '../support/axe';

const browser = useBrowser();
const EXPLORER = '[data-testid="customer-explorer"]';

/** Every file this site keeps in the browser's origin-private file system, with its size. */
async function privateFiles(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const found: Record<string, number> = {};
    const walk = async (folder: FileSystemDirectoryHandle, path: string) => {
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'file') found[`${path}${name}`] = (await (handle as FileSystemFileHandle).getFile()).size;
        else await walk(handle as FileSystemDirectoryHandle, `${path}${name}/`);
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return found;
  });
}

/** What the results show: the figures a reopened analysis must reproduce. */
async function figures(page: Page) {
  await page.waitForSelector(`${EXPLORER}[data-state="ready"]`);
  return {
    cleaning: await readCleaningReport(page),
    tiers: await readSummary(page),
    leak: await readReport(page, 'revenue-leak'),
    protect: await readReport(page, 'margin-protection'),
    explorer: await page.$$eval(`${EXPLORER} [role="row"][data-customer-id]`, (rows) => rows.map((row) => row.getAttribute('data-customer-id'))),
    // Counted by the engine after the results, from the lines it holds (the kept ones, once reopened).
    duplicates: await page.$eval('[data-testid="duplicates"]', (line) => ({ state: line.getAttribute('data-state'), lines: line.getAttribute('data-duplicate-lines') })),
  };
}

async function waitForEngine(page: Page) {
  await page.waitForSelector('[data-testid="kept-analysis"]', { state: 'attached' });
}

describe('an analysis kept on this device', () => {
  const csv = sampleOrdersCsv({ seed: 7, customers: 300, lines: 9_000, unreadableRate: 0.02 });

  it('is kept only on request, reopens after a reload with the same figures, and is forgotten on request', async () => {
    const { page, errors } = await openApp(browser());
    await waitForEngine(page);
    expect(await page.getAttribute('[data-testid="kept-analysis"]', 'data-kept')).toBe('no');
    await uploadText(page, 'shop.csv', csv);
    await waitForState(page, 'ready');
    const before = await figures(page);
    expect(Object.keys(before.tiers)).toHaveLength(4);
    expect(before.duplicates.state).toBe('counted');
    expect(Number(before.duplicates.lines)).toBeGreaterThan(0);
    // Analysed, shown, and yet nothing stored: keeping needs the click.
    expect(await privateFiles(page)).toEqual({});

    await page.click('[data-testid="keep-analysis"]');
    await page.waitForSelector('[data-testid="kept-analysis"][data-kept="yes"]');
    const stored = await privateFiles(page);
    expect(Object.keys(stored).sort()).toEqual([
      'kept-analysis/analysis.json',
      'kept-analysis/line_details.arrows',
      'kept-analysis/order_lines.arrows',
      'kept-analysis/rejected_records.arrows',
    ]);
    expect(stored['kept-analysis/order_lines.arrows']).toBeGreaterThan(0);

    await page.reload();
    await waitForEngine(page);
    // Offered, not opened: the page waits for the click.
    await page.waitForSelector('[data-testid="reopen-analysis"]');
    expect(await page.textContent('[data-testid="kept-analysis"]')).toContain('shop.csv');
    expect(await page.getAttribute('[data-testid="status"]', 'data-state')).toBe('idle');
    await expectNoViolations(page, 'the offer to reopen a kept analysis');
    await page.click('[data-testid="reopen-analysis"]');
    await waitForState(page, 'ready');
    expect(await statusText(page)).toMatch(/kept on this device/);
    expect(await figures(page)).toEqual(before);
    // The lines left out come from the kept tables too.
    const leftOut = await downloadCsv(page, '[data-testid="download-rejected"]');
    expect(leftOut.text.split('\r\n').filter(Boolean).length - 1).toBe(before.cleaning.rows - before.cleaning.kept);

    await page.click('[data-testid="forget-analysis"]');
    await page.waitForSelector('[data-testid="kept-analysis"][data-kept="no"]');
    const total = Object.values(stored).reduce((sum, size) => sum + size, 0);
    const [, size, unit] = /Forgotten: ([\d.]+) (KB|MB) freed/.exec((await page.textContent('[data-testid="kept-note"]')) ?? '') ?? [];
    // The size as people read it (two or three digits), so within a few percent of the bytes stored.
    expect(Math.abs(Number(size) * (unit === 'MB' ? 1e6 : 1e3) - total) / total).toBeLessThan(0.06);
    expect(await privateFiles(page)).toEqual({});

    await page.reload();
    await waitForEngine(page);
    expect(await page.getAttribute('[data-testid="kept-analysis"]', 'data-kept')).toBe('no');
    expect(await page.locator('[data-testid="reopen-analysis"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
