import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { WARM_UP_LINES, warmUp } from '../../../src/engine/load/warm-up';
import { DUPLICATE_LINES } from '../../../src/engine/load/sql/clean';
import { nativeConnector } from '../../support/native-duckdb';
import { analyseOrders } from '../../../src/engine/load/load-orders';
import { FIXTURE_FILES, analyseFixtures, inspectFixtures, loaded } from '../../support/load-fixture';

/** The connector, counting the statements that read a file into order_lines, those of the report lists, and the duplicate counts. */
function countingReads(db: Connector): { connector: Connector; reads: () => number; filledReads: () => number; reportLists: () => number; duplicateCounts: () => number } {
  let reads = 0;
  let filledReads = 0;
  let reportLists = 0;
  let duplicateCounts = 0;
  const connector: Connector = {
    ...db,
    query: (sql, params) => {
      // A read of a file (not the sort that may follow it on several threads: load/file-order.ts).
      const read = sql.includes('TABLE order_lines AS') && sql.includes('WITH source AS');
      if (read) reads++;
      // A Shopify export's lines are filled in from their order's first row (sql/lines/order-fields.ts).
      if (read && sql.includes('JOIN orders USING (order_text)')) filledReads++;
      if (sql.includes(`segment = 'at_risk_whale'`)) reportLists++;
      if (sql === DUPLICATE_LINES) duplicateCounts++;
      return db.query(sql, params);
    },
  };
  return { connector, reads: () => reads, filledReads: () => filledReads, reportLists: () => reportLists, duplicateCounts: () => duplicateCounts };
}

describe('the warm-up while the page waits for a file', () => {
  it('analyses its made-up files as a load would, every round, the Shopify one as Shopify, and forgets each file', async () => {
    const db = await nativeConnector();
    const { connector, reads, filledReads, reportLists, duplicateCounts } = countingReads(db);
    const dropped: string[] = [];
    const rounds = await warmUp({ connector, registry: FIXTURE_FILES, drop: async (name) => void dropped.push(name) }, () => false);
    expect(rounds).toBe(6);
    expect(reads()).toBe(6);
    expect(filledReads()).toBe(2);
    // The lists and the duplicate count the page asks for right after a load are warmed too.
    expect(reportLists()).toBe(6);
    expect(duplicateCounts()).toBe(6);
    const [lines] = await db.query<{ lines: number; customers: number }>(
      `SELECT count(*)::INTEGER AS lines, (SELECT count(*)::INTEGER FROM customers) AS customers FROM order_lines`,
    );
    expect(lines.lines).toBe(WARM_UP_LINES);
    expect(lines.customers).toBeGreaterThan(100);
    expect(dropped).toHaveLength(2);
  });

  it('stops before its next round once a file is chosen, and does nothing when one was chosen already', async () => {
    const db = await nativeConnector();
    const { connector, reads } = countingReads(db);
    expect(await warmUp({ connector, registry: FIXTURE_FILES, drop: async () => {} }, () => reads() >= 1)).toBe(1);
    expect(await warmUp({ connector, registry: FIXTURE_FILES, drop: async () => {} }, () => true)).toBe(0);
    expect(reads()).toBe(1);
  });

  it('leaves nothing a later load would see: the load after it finds only its own lines and customers', async () => {
    const fixture = {
      name: 'orders.csv',
      content:
        'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
        '536365,A,Thing,2,12/1/2010 8:26,2.50,17850,United Kingdom\n536366,B,Other,1,12/2/2010 9:00,4.00,13047,France\n',
    };
    const onFreshEngine = loaded((await analyseFixtures([fixture])).outcome);
    const db = await nativeConnector();
    await warmUp({ connector: db, registry: FIXTURE_FILES, drop: async () => {} }, () => false);
    const inspection = await inspectFixtures(db, [fixture]);
    const afterWarmUp = loaded(await analyseOrders(db, inspection, inspection.preview.detection.plan));
    expect(afterWarmUp.counts).toEqual(onFreshEngine.counts);
    expect(afterWarmUp.customers).toBe(2);
    expect(afterWarmUp.customerColumns).toEqual(onFreshEngine.customerColumns);
    const [rows] = await db.query<{ lines: number }>('SELECT count(*)::INTEGER AS lines FROM order_lines');
    expect(rows.lines).toBe(2);
  });
});
