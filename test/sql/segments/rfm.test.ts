import { describe, expect, it } from 'vitest';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { segmentCustomers, segmentView } from '../../../src/engine/segments/segment-view';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { TIERS, tierInfo, type TierId } from '../../../src/model/segments/tiers';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

// Hand-checkable: customer 1 buys twice (two invoices), customer 2 once; one line of each dirt kind.
const ONLINE_RETAIL = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,A,"MUG, RED",3,12/1/2010 8:26,0.10,1.0,UK
536365,B,PLATE,1,12/1/2010 8:26,0.20,1,UK
536400,A,MUG,2,12/5/2010 10:00,1.005,1,UK
536500,C,BOWL,1,12/9/2010 9:15,19.99,2,UK
536501,C,BOWL,1,12/9/2010 9:15,5.00,,UK
C536502,C,BOWL,-1,12/9/2010 9:15,5.00,2,UK
536503,C,BOWL,0,12/9/2010 9:15,5.00,2,UK
536504,C,BOWL,1,12/9/2010 9:15,0,2,UK
536505,C,BOWL,1,12/9/2010 9:15,abc,2,UK
536506,C,BOWL,1,12/9/2010 9:15,1.00,2,UK,extra field
`;

describe('cleaning and RFM in SQL', () => {
  it('counts each line once under the first reason and keeps the rest', async () => {
    const db = await nativeConnector();
    const result = await loadOrders(db, { source: writeFixture('orders.csv', ONLINE_RETAIL), fileName: 'orders.csv' });
    expect(result.layout.id).toBe('online_retail');
    expect(result.encoding).toBe('UTF-8');
    expect(result.counts).toEqual({
      rows: 10,
      missing_customer: 1,
      cancelled: 1,
      non_positive_quantity: 1,
      non_positive_price: 1,
      unreadable: 2,
      kept: 4,
    });
    expect(result.defaultReferenceDate).toBe('2010-12-10');
    expect(result.customers).toBe(2);
  });

  it('computes recency, frequency and monetary exactly to the cent', async () => {
    const db = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', ONLINE_RETAIL), fileName: 'orders.csv' });
    const params = { referenceDate: defaultReferenceDate, valuePercentile: 80, activeDays: 90 };
    const rows = await segmentCustomers(db, params, null, 10, 0);
    // Customer 1: 3 × 0.10 + 1 × 0.20 + 2 × 1.005 = 2.51 exactly; last bought 12/5 → 5 days before 12/10.
    expect(rows.map(({ customerId, recencyDays, frequency, monetary }) => ({ customerId, recencyDays, frequency, monetary }))).toEqual([
      { customerId: '2', recencyDays: 1, frequency: 1, monetary: 19.99 },
      { customerId: '1', recencyDays: 5, frequency: 2, monetary: 2.51 },
    ]);
  });

  it('puts customers into tiers by value percentile and active window', async () => {
    const db = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', ONLINE_RETAIL), fileName: 'orders.csv' });
    // P80 of [2.51, 19.99] = 2.51 + 0.8 × 17.48 = 16.494: only customer 2 is high value.
    const view = await segmentView(db, { referenceDate: defaultReferenceDate, valuePercentile: 80, activeDays: 3 }, 10);
    expect(view.valueThreshold).toBeCloseTo(16.494, 9);
    expect(view.totals).toEqual([
      { segment: 'champion', customers: 1, revenue: 19.99 },
      { segment: 'at_risk_whale', customers: 0, revenue: 0 },
      { segment: 'average', customers: 0, revenue: 0 },
      { segment: 'hibernating', customers: 1, revenue: 2.51 },
    ]);
    // 2011-01-01 is 23 and 27 days after their last purchases: both inactive, and P0 makes both high value.
    const later = await segmentView(db, { referenceDate: '2011-01-01', valuePercentile: 0, activeDays: 20 }, 10);
    expect(later.totals.find((t) => t.segment === 'at_risk_whale')).toEqual({ segment: 'at_risk_whale', customers: 2, revenue: 22.5 });
    expect(later.revenueLeak.map((row) => row.customerId)).toEqual(['2', '1']);
  });

  it('names each corner of the 2×2 as model/tiers.ts does, and lists a tier by its corner', async () => {
    const db = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', sampleOrdersCsv({ seed: 5, customers: 200, lines: 4_000 })), fileName: 'orders.csv' });
    const params = { referenceDate: defaultReferenceDate, valuePercentile: 70, activeDays: 60 };
    const corners = await db.query<{ segment: TierId; high_value: boolean; active: boolean; customers: number }>(
      'SELECT segment, high_value, active, count(*)::INTEGER AS customers FROM segmented_customers(?, ?, ?) GROUP BY ALL ORDER BY segment',
      [defaultReferenceDate, 70, 60],
    );
    expect(corners.map(({ segment }) => segment).sort()).toEqual(TIERS.map(({ id }) => id).sort());
    for (const { segment, high_value, active } of corners) expect({ highValue: high_value, active }).toEqual({ highValue: tierInfo(segment).highValue, active: tierInfo(segment).active });
    const { totals } = await segmentView(db, params, 10);
    for (const { id } of TIERS) {
      const listed = await segmentCustomers(db, params, id, 1_000, 0);
      expect(listed.every((row) => row.segment === id), id).toBe(true);
      expect(listed.length, id).toBe(totals.find((row) => row.segment === id)!.customers);
    }
  });

  it('refuses a value percentile that is not a whole number from 0 to 100', async () => {
    const db = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', ONLINE_RETAIL), fileName: 'orders.csv' });
    for (const valuePercentile of [80.5, -1, 101]) {
      await expect(segmentView(db, { referenceDate: defaultReferenceDate, valuePercentile, activeDays: 90 }, 10)).rejects.toThrow(`invalid value percentile: ${valuePercentile}`);
    }
  });
});
