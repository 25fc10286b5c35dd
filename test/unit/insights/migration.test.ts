import { describe, expect, it } from 'vitest';
import { migrationBetween, type AsOfColumns } from '../../../src/model/insights/migration';
import { customersWhoMoved, movementOf } from '../../../src/model/insights/movements';
import { valueOf } from '../../../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../../src/model/segments/tier-rules/rule-set';
import { TIER_IDS, type TierId } from '../../../src/model/segments/tiers';
import { cents, micros } from '../../support/customer-columns';

// Absolute bounds, so a customer's tier depends on their own numbers only: ≥ 100.00 is high value,
// a purchase within 30 calendar days is active.
const RULES: TierRuleSet = {
  preset: 'custom',
  rules: [
    { tier: 'champion', conditions: [valueOf('monetary', '>=', 100), valueOf('recency', '<=', 30)] },
    { tier: 'at_risk_whale', conditions: [valueOf('monetary', '>=', 100)] },
    { tier: 'average', conditions: [valueOf('recency', '<=', 30)] },
  ],
  fallback: 'hibernating',
  recencyBasis: 'calendar-days',
};

const tiers = (...ids: TierId[]) => Uint8Array.from(ids, (id) => TIER_IDS.indexOf(id));
const money = (...amounts: string[]) => Float64Array.from(amounts, cents);

/** Earlier customers at positions of the current columns: [position, last purchase, invoices, spend]. */
function asOf(...customers: [number, string, number, string][]): AsOfColumns {
  return {
    currentIndex: Int32Array.from(customers, ([position]) => position),
    lastPurchaseMicros: Float64Array.from(customers, ([, last]) => micros(last)),
    frequency: Int32Array.from(customers, ([, , invoices]) => invoices),
    monetaryCents: Float64Array.from(customers, ([, , , spend]) => cents(spend)),
  };
}

describe('migrationBetween', () => {
  // Now (as of 2024-06-01): 0 champion 150.00, 1 at-risk whale 300.00, 2 average 20.00, 3 champion 120.10.
  const now = tiers('champion', 'at_risk_whale', 'average', 'champion');
  const spend = money('150.00', '300.00', '20.00', '120.10');
  // As of 2024-03-01: 0 bought 2024-01-01 for 150.00 (quiet: whale), 1 bought 2024-02-20 for 300.00
  // (champion), 3 bought 2024-02-25 for 20.00 (average); 2 had not bought.
  const earlier = asOf([1, '2024-02-20 10:00', 2, '300.00'], [3, '2024-02-25 09:00', 1, '20.00'], [0, '2024-01-01 08:00', 1, '150.00']);

  it('pairs each customer’s earlier tier with the current one, revenue as of now', () => {
    const migration = migrationBetween(now, spend, earlier, RULES, '2024-03-01');
    expect(migration.cells).toEqual([
      { from: 'champion', to: 'at_risk_whale', customers: 1, revenueCents: 30000 },
      { from: 'at_risk_whale', to: 'champion', customers: 1, revenueCents: 15000 },
      { from: 'average', to: 'champion', customers: 1, revenueCents: 12010 },
      { from: 'new', to: 'average', customers: 1, revenueCents: 2000 },
    ]);
  });

  it('lists who slipped, who was won back and who is new, biggest spenders first', () => {
    const migration = migrationBetween(now, spend, earlier, RULES, '2024-03-01');
    expect([...customersWhoMoved(migration, now, spend, 'slipped')]).toEqual([1]);
    expect([...customersWhoMoved(migration, now, spend, 'won-back')]).toEqual([0]);
    expect([...customersWhoMoved(migration, now, spend, 'new')]).toEqual([2]);
  });

  it('makes everyone new when nobody had bought yet', () => {
    const migration = migrationBetween(now, spend, asOf(), RULES, '2020-01-01');
    expect(migration.cells.map((cell) => `${cell.from}→${cell.to} ${cell.customers}`)).toEqual(['new→champion 2', 'new→at_risk_whale 1', 'new→average 1']);
  });

  it('refuses a position outside the current columns', () => {
    expect(() => migrationBetween(now, spend, asOf([4, '2024-01-01 08:00', 1, '1.00']), RULES, '2024-03-01')).toThrow('invalid customer index: 4');
  });
});

describe('movementOf', () => {
  it('tells the halves apart', () => {
    expect(movementOf('champion', 'at_risk_whale')).toBe('slipped');
    expect(movementOf('average', 'hibernating')).toBe('slipped');
    expect(movementOf('hibernating', 'champion')).toBe('won-back');
    expect(movementOf('champion', 'average')).toBeNull();
    expect(movementOf('new', 'hibernating')).toBe('new');
  });
});
