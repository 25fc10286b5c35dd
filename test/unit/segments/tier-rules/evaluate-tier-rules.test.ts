import { describe, expect, it } from 'vitest';
import { evaluateTierRules, type TierRulesOutcome } from '../../../../src/model/segments/tier-rules/evaluate-tier-rules';
import { percentileOf, valueOf } from '../../../../src/model/segments/tier-rules/presets';
import type { Condition, TierRule, TierRuleSet } from '../../../../src/model/segments/tier-rules/rule-set';
import { TIER_IDS, type TierId } from '../../../../src/model/segments/tiers';
import { columnsOf } from '../../../support/customer-columns';

// Six customers on 2024-04-10 (purchases at midnight, so both recency bases agree). Three tie on
// 500.00, two on 5 invoices, and recencies sit on and beside 90 days.
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const COLUMNS = columnsOf([
  { last: '2024-04-09 00:00', frequency: 6, monetary: '1000.00' }, // R 1
  { last: '2024-04-01 00:00', frequency: 5, monetary: '500.00' }, // R 9
  { last: '2024-01-11 00:00', frequency: 5, monetary: '500.00' }, // R 90
  { last: '2024-01-10 00:00', frequency: 2, monetary: '500.00' }, // R 91
  { last: '2024-01-01 00:00', frequency: 1, monetary: '0.10' }, // R 100
  { last: '2023-04-11 00:00', frequency: 1, monetary: '0.20' }, // R 365
]);
const REFERENCE_DATE = '2024-04-10';

const ruleSet = (rules: TierRule[], fallback: TierId = 'average'): TierRuleSet => ({ preset: 'custom', rules, fallback, recencyBasis: 'calendar-days' });
const evaluate = (rules: TierRule[], fallback?: TierId) => evaluateTierRules(COLUMNS, ruleSet(rules, fallback), REFERENCE_DATE);

/** The customers of each tier that has any. */
function members(outcome: TierRulesOutcome): Partial<Record<TierId, string[]>> {
  const tiers: Partial<Record<TierId, string[]>> = {};
  outcome.tierOfCustomer.forEach((tier, customer) => (tiers[TIER_IDS[tier]] ??= []).push(IDS[customer]));
  return tiers;
}

const championsWhen = (condition: Condition) => members(evaluate([{ tier: 'champion', conditions: [condition] }])).champion ?? [];

describe('evaluating tier rules', () => {
  it('gives each customer the first matching rule’s tier, and the fallback tier to the rest', () => {
    const outcome = evaluate([
      { tier: 'champion', conditions: [valueOf('monetary', '>=', 500), valueOf('recency', '<=', 90)] },
      { tier: 'at_risk_whale', conditions: [valueOf('monetary', '>=', 500), valueOf('recency', '>', 90)] },
      { tier: 'hibernating', conditions: [valueOf('recency', '>', 90)] },
    ]);
    expect(members(outcome)).toEqual({ champion: ['a', 'b', 'c'], at_risk_whale: ['d'], hibernating: ['e', 'f'] });
    expect([...outcome.recencyDays]).toEqual([1, 9, 90, 91, 100, 365]);
    expect(outcome.rules.map((rule) => [rule.tier, rule.customers, rule.standing])).toEqual([
      ['champion', 3, 'receives'],
      ['at_risk_whale', 1, 'receives'],
      ['hibernating', 2, 'receives'],
    ]);
    expect(outcome.fallback).toEqual({ tier: 'average', customers: 0, standing: 'none-in-this-file', neverWins: null });
  });

  it('adds revenue up in whole cents, so tier totals are exact', () => {
    const outcome = evaluate([
      { tier: 'at_risk_whale', conditions: [valueOf('monetary', '>=', 500), valueOf('recency', '>', 90)] },
      { tier: 'hibernating', conditions: [valueOf('recency', '>', 90)] },
    ]);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(outcome.totals).toEqual([
      { segment: 'champion', customers: 0, revenue: 0 },
      { segment: 'at_risk_whale', customers: 1, revenue: 500 },
      { segment: 'average', customers: 3, revenue: 2000 },
      { segment: 'hibernating', customers: 2, revenue: 0.3 },
    ]);
  });

  it('compares each measure with ≥, >, ≤ and < exactly at a tied bound', () => {
    expect(championsWhen(valueOf('monetary', '>=', 500))).toEqual(['a', 'b', 'c', 'd']);
    expect(championsWhen(valueOf('monetary', '>', 500))).toEqual(['a']);
    expect(championsWhen(valueOf('monetary', '<=', 500))).toEqual(['b', 'c', 'd', 'e', 'f']);
    expect(championsWhen(valueOf('monetary', '<', 500))).toEqual(['e', 'f']);
    expect(championsWhen(valueOf('monetary', '>', 0.1))).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(championsWhen(valueOf('frequency', '>=', 5))).toEqual(['a', 'b', 'c']);
    expect(championsWhen(valueOf('frequency', '>', 5))).toEqual(['a']);
    expect(championsWhen(valueOf('frequency', '<=', 5))).toEqual(['b', 'c', 'd', 'e', 'f']);
    expect(championsWhen(valueOf('frequency', '<', 5))).toEqual(['d', 'e', 'f']);
    expect(championsWhen(valueOf('recency', '>=', 90))).toEqual(['c', 'd', 'e', 'f']);
    expect(championsWhen(valueOf('recency', '>', 90))).toEqual(['d', 'e', 'f']);
    expect(championsWhen(valueOf('recency', '<=', 90))).toEqual(['a', 'b', 'c']);
    expect(championsWhen(valueOf('recency', '<', 90))).toEqual(['a', 'b']);
  });

  it('resolves percentile bounds among all customers and labels them with their value', () => {
    // Monetary ascending: 0.10, 0.20, 500, 500, 500, 1000. P50 sits between two 500s; P90 is 500·0.5 + 1000·0.5.
    const outcome = evaluate([
      { tier: 'champion', conditions: [percentileOf('monetary', '>', 90)] },
      { tier: 'at_risk_whale', conditions: [percentileOf('monetary', '>=', 50), percentileOf('recency', '>', 50)] },
      { tier: 'hibernating', conditions: [percentileOf('recency', '>=', 25), percentileOf('frequency', '<=', 0)] },
    ]);
    expect(outcome.resolved.rules.map((rule) => rule.conditions.map((condition) => [condition.value, condition.label]))).toEqual([
      [[750, 'P90 of monetary = 750.00']],
      [[500, 'P50 of monetary = 500.00'], [90.5, 'P50 of recency = 90.5 days']],
      [[29.25, 'P25 of recency = 29.25 days'], [1, 'P0 of frequency = 1 invoice']],
    ]);
    expect(members(outcome)).toEqual({ champion: ['a'], at_risk_whale: ['d'], hibernating: ['e', 'f'], average: ['b', 'c'] });
  });

  it('says which rules can never win, apart from those that receive nobody in this file', () => {
    const outcome = evaluate([
      { tier: 'champion', conditions: [valueOf('recency', '<=', 90)] },
      { tier: 'at_risk_whale', conditions: [valueOf('monetary', '>=', 5000), valueOf('recency', '>', 90)] },
      { tier: 'hibernating', conditions: [valueOf('recency', '>', 90), valueOf('recency', '<=', 18)] },
    ]);
    expect(outcome.rules.map((rule) => [rule.tier, rule.customers, rule.standing, rule.neverWins])).toEqual([
      ['champion', 3, 'receives', null],
      ['at_risk_whale', 0, 'none-in-this-file', null],
      ['hibernating', 0, 'never-wins', { reason: 'contradiction' }],
    ]);
    expect(outcome.fallback).toMatchObject({ customers: 3, standing: 'receives' });
  });

  it('finds a rule covered by one earlier rule, and one covered only by several together', () => {
    const covered = evaluate([
      { tier: 'champion', conditions: [valueOf('recency', '<=', 90)] },
      { tier: 'at_risk_whale', conditions: [valueOf('recency', '<=', 30), valueOf('monetary', '>=', 500)] },
    ]);
    expect(covered.rules[1].neverWins).toEqual({ reason: 'covered', by: ['champion'] });
    const union = evaluate([
      { tier: 'champion', conditions: [valueOf('recency', '<=', 90)] },
      { tier: 'at_risk_whale', conditions: [valueOf('recency', '>', 90), valueOf('frequency', '>=', 2)] },
      { tier: 'hibernating', conditions: [valueOf('recency', '>', 90)] },
    ]);
    expect(union.rules.map((rule) => rule.neverWins)).toEqual([null, null, null]);
    expect(union.fallback).toMatchObject({ standing: 'never-wins', neverWins: { reason: 'covered', by: ['champion', 'at_risk_whale', 'hibernating'] } });
    const everyone = evaluate([{ tier: 'champion', conditions: [] }, { tier: 'hibernating', conditions: [valueOf('frequency', '>=', 1)] }]);
    expect(everyone.rules[1]).toMatchObject({ standing: 'never-wins', neverWins: { reason: 'covered', by: ['champion'] } });
  });

  it('knows that days, invoices and cents are whole', () => {
    const standing = (conditions: Condition[]) => evaluate([{ tier: 'champion', conditions }]).rules[0].standing;
    expect(standing([valueOf('frequency', '>', 2), valueOf('frequency', '<', 3)])).toBe('never-wins');
    expect(standing([valueOf('recency', '>=', 89.5), valueOf('recency', '<', 90)])).toBe('never-wins');
    expect(standing([valueOf('monetary', '>', 10.001), valueOf('monetary', '<', 10.009)])).toBe('never-wins');
    expect(standing([valueOf('monetary', '>=', 10.001), valueOf('monetary', '<=', 10.01)])).toBe('none-in-this-file');
    expect(standing([valueOf('frequency', '<', 1)])).toBe('never-wins');
    expect(standing([valueOf('monetary', '<', 0)])).toBe('never-wins');
    expect(standing([valueOf('recency', '<', 0)])).toBe('none-in-this-file');
  });

  it('finds contradictions between resolved percentiles', () => {
    const outcome = evaluate([{ tier: 'champion', conditions: [percentileOf('recency', '>=', 75), percentileOf('recency', '<=', 25)] }]);
    expect(outcome.rules[0].neverWins).toEqual({ reason: 'contradiction' });
  });
});
