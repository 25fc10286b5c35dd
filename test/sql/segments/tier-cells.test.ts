import { describe, expect, it } from 'vitest';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { readTierCells } from '../../../src/engine/segments/tier-cells';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { tierTotals } from '../../../src/model/segments/tier-totals';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

// The page adds up tiers from the cells; the tier macro (every view and export) names each customer's
// tier in SQL. Both must agree for every threshold, window and reference date.
describe('tier cells', () => {
  it('add up to what the tier macro says, for every percentile, window and reference date tried', async () => {
    const db = await nativeConnector();
    const csv = sampleOrdersCsv({ seed: 11, customers: 300, lines: 6_000 });
    const loaded = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
    const cells = await readTierCells(db);
    expect(cells).toEqual(loaded.tierCells);
    expect(cells.customers.reduce((sum, count) => sum + count, 0)).toBe(loaded.customers);
    const day = (offset: number) => new Date(Date.parse(`${loaded.defaultReferenceDate}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    for (const valuePercentile of [0, 1, 37, 80, 99, 100]) {
      for (const activeDays of [0, 1, 30, 90, 3650]) {
        for (const referenceDate of [loaded.defaultReferenceDate, day(-120), day(45)]) {
          const expected = await db.query<{ segment: string; customers: number; cents: number }>(
            `SELECT segment, count(*)::INTEGER AS customers, (sum(monetary) * 100)::DOUBLE AS cents
             FROM segmented_customers(?, ?, ?) GROUP BY segment`,
            [referenceDate, valuePercentile, activeDays],
          );
          const { totals, valueThreshold } = tierTotals(cells, { valuePercentile, activeDays, referenceDate });
          const actual = totals.filter((row) => row.customers > 0).map((row) => [row.segment, row.customers, Math.round(row.revenue * 100)]);
          const label = `P${valuePercentile}, ${activeDays} days, ${referenceDate}`;
          expect(actual.sort(), label).toEqual(expected.map((row) => [row.segment, row.customers, row.cents]).sort());
          const [{ threshold }] = await db.query<{ threshold: number }>('SELECT quantile_cont(monetary::DOUBLE, ? / 100) AS threshold FROM customers', [valuePercentile]);
          expect(valueThreshold, label).toBe(threshold);
        }
      }
    }
  });
});
