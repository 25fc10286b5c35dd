import { describe, expect, it } from 'vitest';
import { AsOfCustomers, customerIdsAt } from '../../../src/engine/insights/as-of-columns';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { readCustomerColumns } from '../../../src/engine/segments/customer-columns';
import { CUSTOMER_COLUMN_IDS } from '../../../src/engine/segments/sql/tier-rules';
import { migrationBetween } from '../../../src/model/insights/migration';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { prepareColumns } from '../../../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../../../src/model/segments/tier-rules/evaluate-tier-rules';
import { TIER_RULE_PRESETS, valueActivityRules } from '../../../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../../src/model/segments/tier-rules/rule-set';
import { addDays } from '../../../src/model/shared/iso-date';
import { oracleMigration } from '../../support/migration-oracle';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { ORACLE_SEED_NOTEBOOK, ORACLE_VALUE_ACTIVITY, type OracleRules } from '../../support/tier-rules-oracle';

// A generated shop with every kind of dirt; the oracle cuts the file itself and shares no code with the SQL.
const csv = sampleOrdersCsv({ seed: 2024, customers: 400, lines: 15_000, unreadableRate: 0.01 });

async function loaded() {
  const db = await nativeConnector();
  const result = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
  return { db, referenceDate: result.defaultReferenceDate, current: prepareColumns(await readCustomerColumns(db)) };
}

const CASES: [string, TierRuleSet, OracleRules, number][] = [
  ['value-activity, 90 days back', valueActivityRules({ valuePercentile: 80, activeDays: 90 }), ORACLE_VALUE_ACTIVITY(80, 90), 90],
  ['value-activity P60/30, 200 days back', valueActivityRules({ valuePercentile: 60, activeDays: 30 }), ORACLE_VALUE_ACTIVITY(60, 30), 200],
  ['seed notebook in calendar days, 45 days back', { ...TIER_RULE_PRESETS['seed-notebook'], recencyBasis: 'calendar-days' }, ORACLE_SEED_NOTEBOOK, 45],
];

describe('who moved since an earlier date, against an independent computation', () => {
  for (const [name, ruleSet, oracleRules, days] of CASES) {
    it(`agrees on every from → to pair: ${name}`, async () => {
      const { db, referenceDate, current } = await loaded();
      const asOfDate = addDays(referenceDate, -days);
      const now = evaluateTierRules(current, ruleSet, referenceDate);
      const migration = migrationBetween(now.tierOfCustomer, current.monetaryCents, await new AsOfCustomers(db).columns(asOfDate), ruleSet, asOfDate);
      const cells = migration.cells
        .map((cell) => ({ from: cell.from, to: cell.to, customers: cell.customers, revenue: (cell.revenueCents / 100).toFixed(2) }))
        .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
      const expected = oracleMigration(csv, oracleRules, referenceDate, asOfDate);
      expect(cells).toEqual(expected);
      // Not a trivial table: some customers are new, some kept their tier, some moved.
      expect(expected.some((cell) => cell.from === 'new')).toBe(true);
      expect(expected.some((cell) => cell.from !== 'new' && cell.from !== cell.to)).toBe(true);
    });
  }

  it('counts everyone as new before the first purchase and nobody as new after the last', async () => {
    const { db, referenceDate, current } = await loaded();
    const ruleSet = valueActivityRules({ valuePercentile: 80, activeDays: 90 });
    const now = evaluateTierRules(current, ruleSet, referenceDate);
    const early = migrationBetween(now.tierOfCustomer, current.monetaryCents, await new AsOfCustomers(db).columns('2000-01-01'), ruleSet, '2000-01-01');
    expect(early.cells.every((cell) => cell.from === 'new')).toBe(true);
    const same = migrationBetween(now.tierOfCustomer, current.monetaryCents, await new AsOfCustomers(db).columns(referenceDate), ruleSet, referenceDate);
    expect(same.cells.every((cell) => cell.from === cell.to)).toBe(true);
  });

  it('counts an invoice whose lines straddle the date once, with only its lines before the date', async () => {
    const db = await nativeConnector();
    const header = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
    const lines = ['1,A,MUG,1,3/1/2011 10:00,5.00,c1,UK', '2,A,MUG,1,3/9/2011 23:30,2.50,c1,UK', '2,B,TEA,1,3/10/2011 0:30,4.00,c1,UK', '3,A,MUG,1,3/12/2011 9:00,1.00,c2,UK'];
    await loadOrders(db, { source: writeFixture('orders.csv', [header, ...lines].join('\n')), fileName: 'orders.csv' });
    const asOf = await new AsOfCustomers(db).columns('2011-03-10');
    expect({ customers: asOf.currentIndex.length, frequency: asOf.frequency[0], cents: asOf.monetaryCents[0] }).toEqual({ customers: 1, frequency: 2, cents: 750 });
    const later = await new AsOfCustomers(db).columns('2011-03-11');
    expect([...later.frequency]).toEqual([2]);
    expect([...later.monetaryCents]).toEqual([1150]);
  });

  it('names customers by their position in the current columns', async () => {
    const { db } = await loaded();
    const ids = (await db.query<{ customer_id: string }>(CUSTOMER_COLUMN_IDS)).map((row) => row.customer_id);
    expect(await customerIdsAt(db, [5, 0, 17])).toEqual([ids[5], ids[0], ids[17]]);
    expect(await customerIdsAt(db, [])).toEqual([]);
    await expect(customerIdsAt(db, [1.5])).rejects.toThrow('invalid customer positions');
  });
});
