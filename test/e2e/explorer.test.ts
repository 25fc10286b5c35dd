import { describe, expect, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { readSummary } from '../support/app-readers';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { oracleAnalysis } from '../support/oracle';
import { chooseSegmentation } from '../support/rfm-readers';

const browser = useBrowser();
const EXPLORER = '[data-testid="customer-explorer"]';

async function explorerTotal(page: import('playwright-core').Page): Promise<number> {
  const total = await page.getAttribute(`${EXPLORER} [data-testid="explorer-count"]`, 'data-total');
  return total === null ? -1 : Number(total);
}

async function shownIds(page: import('playwright-core').Page): Promise<string[]> {
  return page.$$eval(`${EXPLORER} [role="row"][data-customer-id]`, (rows) => rows.map((row) => row.getAttribute('data-customer-id') ?? ''));
}

describe('the customer explorer', () => {
  const csv = sampleOrdersCsv({ seed: 99, customers: 300, lines: 9_000, unreadableRate: 0.02 });
  const oracle = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 });
  const customers = [...oracle.customers.values()];

  it('finds a customer by id and opens their purchase timeline and invoices', async () => {
    const { page, errors } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    await expect.poll(() => explorerTotal(page)).toBe(customers.length);

    const loyal = customers.reduce((best, customer) => (customer.frequency > best.frequency ? customer : best));
    await page.fill('[data-testid="explorer-search"]', loyal.customerId);
    await expect.poll(() => explorerTotal(page)).toBe(customers.filter((customer) => customer.customerId.includes(loyal.customerId)).length);
    expect(await shownIds(page)).toContain(loyal.customerId);

    await page.click(`${EXPLORER} [role="row"][data-customer-id="${loyal.customerId}"]`);
    const detail = `[data-testid="customer-detail"][data-customer-id="${loyal.customerId}"][data-state="ready"]`;
    await page.waitForSelector(detail);
    expect(await page.$$eval(`${detail} [data-testid="customer-invoices"] tbody tr`, (rows) => rows.length)).toBe(loyal.frequency);
    // One dot per invoice on the timeline.
    expect(await page.$$eval(`${detail} [data-testid="customer-timeline"] svg circle`, (dots) => dots.length)).toBe(loyal.frequency);
    expect(await page.textContent(detail)).toContain(`${loyal.recencyDays} days before`);

    await page.click('[data-testid="close-customer"]');
    expect(await page.locator('[data-testid="customer-detail"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('sorts and filters by the segment of the current segmentation', async () => {
    const { page } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    await expect.poll(() => explorerTotal(page)).toBe(customers.length);
    const byMoney = [...customers].sort((a, b) => Number(a.monetary) - Number(b.monetary) || (a.customerId < b.customerId ? -1 : 1));
    expect((await shownIds(page))[0]).toBe(byMoney.at(-1)!.customerId); // biggest spender first

    await page.click(`${EXPLORER} [data-sort="monetary"]`); // now ascending
    await expect.poll(async () => (await shownIds(page))[0]).toBe(byMoney[0].customerId);

    await page.selectOption('[data-testid="explorer-segment"]', 'hibernating');
    await expect.poll(() => explorerTotal(page)).toBe(customers.filter((customer) => customer.segment === 'hibernating').length);

    await chooseSegmentation(page, 'rfm');
    const summary = await readSummary(page);
    // The filter follows the segmentation: RFM mode starts unfiltered, then filters by named segment.
    await expect.poll(() => explorerTotal(page)).toBe(customers.length);
    await page.selectOption('[data-testid="explorer-segment"]', 'at_risk');
    await expect.poll(() => explorerTotal(page)).toBe(summary.at_risk.customers);
    // The RFM segment is the tenth column (after the tier, before the cluster).
    const rows = await page.$$eval(`${EXPLORER} [role="row"][data-customer-id] [role="cell"]:nth-child(10)`, (cells) => cells.map((cell) => cell.textContent));
    expect(new Set(rows)).toEqual(new Set(['At Risk']));
  });

  it('draws only the rows on screen and pages the rest from the worker as it scrolls', async () => {
    const big = sampleOrdersCsv({ seed: 5, customers: 30_000, lines: 150_000 });
    const { page } = await openApp(browser());
    await uploadText(page, 'big.csv', big);
    await waitForState(page, 'ready', 120_000);
    const summary = await readSummary(page);
    const total = Object.values(summary).reduce((sum, row) => sum + row.customers, 0);
    expect(total).toBeGreaterThan(10_000);
    await expect.poll(() => explorerTotal(page)).toBe(total);
    const drawn = () => page.$$eval(`${EXPLORER} [role="row"][data-row-index]`, (rows) => rows.length);
    expect(await drawn()).toBeLessThan(40);

    // Jump to the end: the last customers arrive (another page), still only a screenful drawn.
    await page.$eval(`${EXPLORER} .explorer-body`, (body) => {
      body.scrollTop = body.scrollHeight;
    });
    await page.waitForSelector(`${EXPLORER} [role="row"][data-row-index="${total - 1}"][data-customer-id]`);
    expect(await drawn()).toBeLessThan(40);
    // The clusters, fitted in the background meanwhile, fill in their column where the reader is.
    await page.waitForSelector('[data-testid="segmentation"][data-clusters="ready"]');
    await page.waitForSelector(`${EXPLORER}[data-state="ready"] [role="row"][data-row-index="${total - 1}"][data-customer-id]`);
    await page.$eval(`${EXPLORER} .explorer-body`, (body) => {
      body.scrollTop = body.scrollHeight / 2;
    });
    await page.waitForSelector(`${EXPLORER} [role="row"][data-row-index="${Math.floor(total / 2) + 2}"][data-customer-id]`);
    // Another question (a new value percentile: other tiers) starts at the top again.
    await page.fill('input[data-testid="value-percentile"]', '70');
    await expect.poll(() => page.$eval(`${EXPLORER} .explorer-body`, (body) => body.scrollTop)).toBe(0);
    await page.waitForSelector(`${EXPLORER}[data-state="ready"] [role="row"][data-row-index="0"][data-customer-id]`);
  });
});
