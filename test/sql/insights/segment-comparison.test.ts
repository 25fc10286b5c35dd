import { describe, expect, it } from 'vitest';
import { SegmentComparisons } from '../../../src/engine/insights/segment-comparison';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import { valueOf } from '../../../src/model/segments/tier-rules/presets';
import { resolveRuleSet } from '../../../src/model/segments/tier-rules/resolve-bounds';
import type { TierRuleSet } from '../../../src/model/segments/tier-rules/rule-set';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { oracleAnalysis } from '../../support/oracle';
import { tierParams } from '../../support/tier-params';

async function loaded(csv: string) {
  const db = await nativeConnector();
  const result = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
  return { db, result };
}

const line = (invoice: string, customer: string, product: string, quantity: number, price: string) => `${invoice},X,${product},${quantity},12/1/2011 10:00,${price},${customer},UK`;
// Champions spend 100.00 or more: c1 (MUG 60.00, TEA 50.00) and c4 (SPOON 200.00). The others are
// Average: c2 (MUG 30.00 and postage), c3 (TEA 40.00), c5 (MUG 5.00). Postage is no product.
const SHOP = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  line('1', 'c1', 'MUG', 2, '30.00'),
  line('1', 'c1', 'TEA', 1, '50.00'),
  line('2', 'c2', 'MUG', 1, '30.00'),
  line('2', 'c2', 'POSTAGE', 1, '20.00'),
  line('3', 'c3', 'TEA', 4, '10.00'),
  line('4', 'c4', 'SPOON', 10, '20.00'),
  line('5', 'c5', 'MUG', 1, '5.00'),
].join('\n');

const BIG_SPENDERS: TierRuleSet = {
  preset: 'custom',
  rules: [{ tier: 'champion', conditions: [valueOf('monetary', '>=', 100)] }],
  fallback: 'average',
  recencyBasis: 'calendar-days',
};
const params = { referenceDate: '2011-12-02', tierRules: resolveRuleSet(BIG_SPENDERS, { recency: [], frequency: [], monetary: [] }) };

describe('how segments compare', () => {
  it('ranks each segment’s products by revenue and by customers, leaving postage out', async () => {
    const { db } = await loaded(SHOP);
    const { products, medians } = await new SegmentComparisons(db).compare(params, DEFAULT_RFM_RULES, 'tiers', 1);
    const ranked = products!.map((row) => `${row.segment} ${row.product} ${row.revenue.toFixed(2)} ${row.customers} #${row.revenueRank}/#${row.customerRank}`);
    expect(ranked).toEqual(['average TEA 40.00 1 #1/#2', 'average MUG 35.00 2 #2/#1', 'champion SPOON 200.00 1 #1/#1']);
    expect(medians).toEqual([
      { segment: 'average', customers: 3, medianRecencyDays: 1, medianFrequency: 1, medianMonetary: 40 },
      { segment: 'champion', customers: 2, medianRecencyDays: 1, medianFrequency: 1, medianMonetary: 155 },
    ]);
  });

  it('says there are no products when the file has none, instead of empty rankings', async () => {
    const { db } = await loaded(SHOP);
    await db.query('UPDATE line_details SET product = NULL');
    const comparison = await new SegmentComparisons(db).compare(params, DEFAULT_RFM_RULES, 'tiers', 5);
    expect(comparison.products).toBeNull();
    expect(comparison.medians).toHaveLength(2);
  });

  it('gives each tier’s median recency, frequency and monetary as an independent computation does', async () => {
    const csv = sampleOrdersCsv({ seed: 2024, customers: 400, lines: 15_000, unreadableRate: 0.01 });
    const { db, result } = await loaded(csv);
    const oracle = [...oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 }).customers.values()];
    const { medians } = await new SegmentComparisons(db).compare(await tierParams(db, result.defaultReferenceDate), DEFAULT_RFM_RULES, 'tiers', 5);
    const expected = [...new Set(oracle.map((customer) => customer.segment))].sort().map((segment) => {
      const members = oracle.filter((customer) => customer.segment === segment);
      return {
        segment,
        customers: members.length,
        medianRecencyDays: median(members.map((customer) => customer.recencyDays)),
        medianFrequency: median(members.map((customer) => customer.frequency)),
        medianMonetary: expect.closeTo(median(members.map((customer) => Number(customer.monetary))), 6),
      };
    });
    expect(medians).toEqual(expected);
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
