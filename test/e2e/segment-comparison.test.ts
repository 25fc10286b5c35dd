import { describe, expect, inject, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { violationsInside } from '../support/axe';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { oracleAnalysis } from '../support/oracle';
import { oracleSegmentProducts } from '../support/product-oracle';

const browser = useBrowser();
const csv = sampleOrdersCsv({ seed: 31, customers: 300, lines: 9_000, unreadableRate: 0 });
const oracle = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 });
const PANEL = '[data-testid="segment-comparison"]';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

describe('how the segments compare', () => {
  it('shows each tier’s medians and top products as an independent computation has them', async () => {
    const { page, errors } = await openApp(browser(), inject('appUrl'));
    await uploadText(page, 'shop.csv', csv);
    await waitForState(page, 'ready');
    // The panel asks for its figures once it comes near the screen; what is drawn above it meanwhile
    // (who moved, once worked out) can push it away again before it was seen, so scroll until it has.
    await expect
      .poll(
        async () => {
          await page.locator(PANEL).scrollIntoViewIfNeeded();
          return page.locator(`${PANEL}[data-state="ready"] [data-testid="segment-medians"] tbody tr`).count();
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);

    const customers = [...oracle.customers.values()];
    const medians = await page.$$eval(`${PANEL} [data-testid="segment-medians"] tbody tr`, (rows) =>
      rows.map((row) => ({
        segment: row.getAttribute('data-segment'),
        customers: Number(row.getAttribute('data-customers')),
        recency: Number(row.getAttribute('data-median-recency')),
        frequency: Number(row.getAttribute('data-median-frequency')),
        monetary: Number(row.getAttribute('data-median-monetary')),
      })),
    );
    expect(medians.length).toBeGreaterThan(1);
    for (const shown of medians) {
      const members = customers.filter((customer) => customer.segment === shown.segment);
      expect(shown.customers, shown.segment!).toBe(members.length);
      expect(shown.recency, shown.segment!).toBe(median(members.map((customer) => customer.recencyDays)));
      expect(shown.frequency, shown.segment!).toBe(median(members.map((customer) => customer.frequency)));
      expect(shown.monetary, shown.segment!).toBeCloseTo(median(members.map((customer) => Number(customer.monetary))), 6);
    }
    for (const measure of ['recency', 'frequency', 'monetary']) await page.waitForSelector(`${PANEL} [data-testid="chart-median-${measure}"] svg`);

    const expected = oracleSegmentProducts(csv, (id) => oracle.customers.get(id)?.segment);
    const shownProducts = () =>
      page.$$eval(`${PANEL} [data-testid="segment-products"] [data-segment]`, (segments) =>
        segments.map((segment) => ({
          segment: segment.getAttribute('data-segment')!,
          products: [...segment.querySelectorAll('li')].map((item) => ({
            product: item.getAttribute('data-product')!,
            revenue: item.getAttribute('data-revenue')!,
            customers: Number(item.getAttribute('data-customers')),
          })),
        })),
      );
    const byRevenue = await shownProducts();
    expect(byRevenue.map((shown) => shown.segment).sort()).toEqual([...expected.keys()].sort());
    for (const { segment, products } of byRevenue) expect(products, segment).toEqual(expected.get(segment)!.slice(0, 5));

    await page.click(`${PANEL} button:has-text("By customers")`);
    await page.waitForSelector(`${PANEL} [data-testid="segment-products"][data-ranking="customers"]`);
    for (const { segment, products } of await shownProducts()) {
      const mostCustomers = Math.max(...expected.get(segment)!.map((product) => product.customers));
      expect(products[0].customers, segment).toBe(mostCustomers);
      expect(products.map((product) => product.customers)).toEqual([...products.map((product) => product.customers)].sort((a, b) => b - a));
    }
    expect(await violationsInside(page, PANEL)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
