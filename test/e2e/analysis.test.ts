import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { downloadCsv, readCleaningReport, readReport, readSummary } from '../support/app-readers';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { oracleExportRows, oracleTotals, parseExport, pickColumns } from '../support/expected-results';
import { oracleAnalysis, type OracleResult } from '../support/oracle';
import { oracleRfmTotals } from '../support/rfm-oracle';
import { chooseSegmentation } from '../support/rfm-readers';

const EXPORT_HEADER = 'customer_id,recency_days,frequency,monetary,segment';
const COLUMNS = EXPORT_HEADER.split(',');

const browser = useBrowser();

describe('the sample data', () => {
  it('shows the cleaning report, tiers, treemap and both reports, matching an independent computation', async () => {
    const { page, errors } = await openApp(browser());
    await page.waitForSelector('[data-testid="status"][data-state="idle"][data-engine="ready"]');
    expect(await page.textContent('[data-testid="status"]')).toMatch(/Choose an order file, or try the sample data/);
    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
    const oracle = oracleAnalysis(sampleOrdersCsv(), { valuePercentile: 80, activeDays: 90 });

    expect(await readCleaningReport(page)).toEqual(oracle.counts);
    const totals = oracleTotals(oracle);
    expect(await readSummary(page)).toEqual(totals);
    expect(await page.$$eval('[data-testid="treemap"] [data-segment]', (tiles) => tiles.map((tile) => tile.getAttribute('data-segment')).sort())).toEqual(
      ['at_risk_whale', 'average', 'champion', 'hibernating'],
    );
    expect(await readReport(page, 'revenue-leak')).toEqual(totals.at_risk_whale);
    expect(await readReport(page, 'margin-protection')).toEqual(totals.champion);
    for (const tier of ['champion', 'at_risk_whale', 'average', 'hibernating']) expect(totals[tier].customers).toBeGreaterThan(0);

    await page.click('[data-testid="treemap"] [data-segment="champion"]');
    await page.waitForSelector('[data-testid="selected-segment"][data-segment="champion"]');
    await page.click('[data-testid="segment-summary"] [data-segment="hibernating"]');
    await page.waitForSelector('[data-testid="selected-segment"][data-segment="hibernating"]');
    // The list pages from the worker, biggest spenders first (ties by id), 100 at a time.
    const hibernating = [...oracle.customers.values()]
      .filter((customer) => customer.segment === 'hibernating')
      .sort((p, q) => Number(q.monetary) - Number(p.monetary) || (p.customerId < q.customerId ? -1 : 1))
      .map((customer) => customer.customerId);
    expect(hibernating.length).toBeGreaterThan(100);
    const listed = () => page.$$eval('[data-testid="selected-segment"] [data-customer-id]', (rows) => rows.map((row) => row.getAttribute('data-customer-id')));
    await page.waitForSelector('[data-testid="selected-segment"] [data-customer-id]');
    expect(await listed()).toEqual(hibernating.slice(0, 100));
    await page.click('[data-testid="selected-segment"] button');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="selected-segment"] [data-customer-id]').length > 100);
    expect(await listed()).toEqual(hibernating.slice(0, 200));
    expect(errors).toEqual([]);
  });
});

describe('an uploaded file with every kind of dirt', () => {
  const csv = sampleOrdersCsv({ seed: 99, customers: 300, lines: 9_000, unreadableRate: 0.02 });

  it('exports every customer exactly as computed independently', async () => {
    const { page } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    const oracle = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 });
    expect(await readCleaningReport(page)).toEqual(oracle.counts);

    const all = await downloadCsv(page, '[data-testid="export-customers"]');
    expect(all.text.startsWith(`${EXPORT_HEADER},`)).toBe(true);
    expect(pickColumns(parseExport(all.text), COLUMNS)).toEqual(oracleExportRows(oracle));

    const whales = await downloadCsv(page, '[data-testid="export-segment"][data-segment="at_risk_whale"]');
    expect(whales.name).toMatch(/at_risk_whale/);
    expect(pickColumns(parseExport(whales.text), COLUMNS)).toEqual(oracleExportRows(oracle, 'at_risk_whale'));
  });

  it('re-segments when the thresholds change, without re-reading the file', async () => {
    const { page, requests } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    // The clusters' background fit (started with the load) fetches its workers' script; let it finish first.
    await page.waitForSelector('[data-testid="segmentation"][data-clusters="ready"]');
    const before = requests.length;

    await page.fill('input[data-testid="value-percentile"]', '60');
    const at60 = oracleTotals(oracleAnalysis(csv, { valuePercentile: 60, activeDays: 90 }));
    await expect.poll(() => readSummary(page)).toEqual(at60);
    await waitForState(page, 'ready');
    const firstResult = await page.$('[data-testid="status"] > span');

    await page.fill('input[data-testid="active-days"]', '30');
    const oracle60in30 = oracleAnalysis(csv, { valuePercentile: 60, activeDays: 30 });
    const at60in30 = oracleTotals(oracle60in30);
    await expect.poll(() => readSummary(page)).toEqual(at60in30);
    await waitForState(page, 'ready');
    // The second result is a new node in the live region, so a screen reader says it even in the same words.
    expect(await firstResult!.evaluate((span) => span.isConnected)).toBe(false);
    expect(await page.textContent('[data-testid="status"]')).toMatch(/^Updated the tiers in \d+\.\d\d s\.$/);
    expect(await readReport(page, 'revenue-leak')).toEqual(at60in30.at_risk_whale);
    // The totals come first; the list under them follows and then holds the new biggest whales.
    expect(await listedWhales(page)).toEqual(biggestWhales(oracle60in30));
    // The page address now carries the tier rules, and Chromium asks for the page's icon again when it changes.
    expect(requests.slice(before).filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
  });

  it('gives a second file in the same tab its own figures everywhere, in both segmentations', async () => {
    const { page, errors } = await openApp(browser());
    const first = sampleOrdersCsv({ seed: 7, customers: 250, lines: 6_000 });
    const second = sampleOrdersCsv({ seed: 8, customers: 180, lines: 5_000 });
    await uploadText(page, 'first.csv', first);
    await waitForState(page, 'ready');
    expect(await readSummary(page)).toEqual(oracleTotals(oracleAnalysis(first, { valuePercentile: 80, activeDays: 90 })));
    await chooseSegmentation(page, 'rfm');

    // Kept prepared statements and the page's cells must all follow the new file's tables.
    await uploadText(page, 'second.csv', second);
    await waitForState(page, 'ready');
    const oracle = oracleAnalysis(second, { valuePercentile: 80, activeDays: 90 });
    await expect.poll(() => readSummary(page)).toEqual(oracleRfmTotals([...oracle.customers.values()]));
    await chooseSegmentation(page, 'tiers');
    expect(await readSummary(page)).toEqual(oracleTotals(oracle));
    expect(await listedWhales(page)).toEqual(biggestWhales(oracle));

    await page.fill('input[data-testid="value-percentile"]', '60');
    const at60 = oracleAnalysis(second, { valuePercentile: 60, activeDays: 90 });
    await expect.poll(() => readSummary(page)).toEqual(oracleTotals(at60));
    expect(await listedWhales(page)).toEqual(biggestWhales(at60));
    expect(errors).toEqual([]);
  });
});

/** The Revenue Leak list once it is current: customer ids, biggest spenders first. */
async function listedWhales(page: Page): Promise<(string | null)[]> {
  await page.waitForSelector('[data-testid="revenue-leak"][data-state="ready"]');
  return page.$$eval('[data-testid="revenue-leak"] [data-customer-id]', (rows) => rows.map((row) => row.getAttribute('data-customer-id')));
}

/** The first 100 At-Risk Whales by spend (ties by id), as the independent computation ranks them. */
function biggestWhales(oracle: OracleResult): string[] {
  return [...oracle.customers.values()]
    .filter((customer) => customer.segment === 'at_risk_whale')
    .sort((a, b) => Number(b.monetary) - Number(a.monetary) || (a.customerId < b.customerId ? -1 : 1))
    .slice(0, 100)
    .map((customer) => customer.customerId);
}
