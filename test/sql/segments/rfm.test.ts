import { describe, expect, it } from 'vitest';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { segmentCustomers, segmentView } from '../../../src/engine/segments/segment-view';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { valueActivityRules } from '../../../src/model/segments/tier-rules/presets';
import type { ResolvedRuleSet } from '../../../src/model/segments/tier-rules/resolve-bounds';
import { TIERS } from '../../../src/model/segments/tiers';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { tierParams, valueActivityParams } from '../../support/tier-params';

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
    const rows = await segmentCustomers(db, await tierParams(db, defaultReferenceDate), null, 10, 0);
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
    const view = await segmentView(db, valueActivityRules({ valuePercentile: 80, activeDays: 3 }), defaultReferenceDate, 10);
    expect(view.params.tierRules.rules[0].conditions[0].value).toBeCloseTo(16.494, 9);
    expect(view.totals).toEqual([
      { segment: 'champion', customers: 1, revenue: 19.99 },
      { segment: 'at_risk_whale', customers: 0, revenue: 0 },
      { segment: 'average', customers: 0, revenue: 0 },
      { segment: 'hibernating', customers: 1, revenue: 2.51 },
    ]);
    // 2011-01-01 is 23 and 27 days after their last purchases: both inactive, and P0 makes both high value.
    const later = await segmentView(db, valueActivityRules({ valuePercentile: 0, activeDays: 20 }), '2011-01-01', 10);
    expect(later.totals.find((t) => t.segment === 'at_risk_whale')).toEqual({ segment: 'at_risk_whale', customers: 2, revenue: 22.5 });
    expect(later.revenueLeak.map((row) => row.customerId)).toEqual(['2', '1']);
  });

  it('lists each tier by the tier the rules give, as many customers as its total', async () => {
    const db = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', sampleOrdersCsv({ seed: 5, customers: 200, lines: 4_000 })), fileName: 'orders.csv' });
    const view = await segmentView(db, valueActivityRules({ valuePercentile: 70, activeDays: 60 }), defaultReferenceDate, 10);
    for (const { id } of TIERS) {
      const listed = await segmentCustomers(db, view.params, id, 1_000, 0);
      expect(listed.every((row) => row.segment === id), id).toBe(true);
      expect(listed.length, id).toBe(view.totals.find((row) => row.segment === id)!.customers);
      expect(listed.length, id).toBeGreaterThan(0);
    }
    expect(view.revenueLeak.every((row) => row.segment === 'at_risk_whale')).toBe(true);
    expect(view.marginProtection.every((row) => row.segment === 'champion')).toBe(true);
  });

  it('refuses tier rules it cannot turn into SQL: a bound that is not a number, a measure or tier it does not know', async () => {
    const db = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', ONLINE_RETAIL), fileName: 'orders.csv' });
    const params = await valueActivityParams(db, defaultReferenceDate, { valuePercentile: 80, activeDays: 90 });
    const [first, ...rest] = params.tierRules.rules;
    const withFirst = (change: (rule: typeof first) => unknown): typeof params => ({ ...params, tierRules: { ...params.tierRules, rules: [change(first), ...rest] } as ResolvedRuleSet });
    const bound = (value: unknown) => withFirst((rule) => ({ ...rule, conditions: [{ ...rule.conditions[0], value }] }));
    await expect(segmentCustomers(db, bound(Number.NaN), null, 10, 0)).rejects.toThrow('invalid monetary bound: NaN');
    await expect(segmentCustomers(db, bound('1 OR 1=1'), null, 10, 0)).rejects.toThrow('invalid monetary bound: 1 OR 1=1');
    await expect(segmentCustomers(db, withFirst((rule) => ({ ...rule, conditions: [{ ...rule.conditions[0], measure: 'age' }] })), null, 10, 0)).rejects.toThrow('invalid measure: age');
    await expect(segmentCustomers(db, withFirst((rule) => ({ ...rule, tier: "x' OR 'y" })), null, 10, 0)).rejects.toThrow("invalid tier: x' OR 'y");
    await expect(segmentCustomers(db, { ...params, referenceDate: '2011-02-30' }, null, 10, 0)).rejects.toThrow('invalid reference date: 2011-02-30');
  });
});
