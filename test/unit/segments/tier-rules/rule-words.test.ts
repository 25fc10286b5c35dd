import { describe, expect, it } from 'vitest';
import { activeWindowDays, DEFAULT_ACTIVE_DAYS } from '../../../../src/model/segments/tier-rules/active-window';
import { TIER_RULE_PRESETS } from '../../../../src/model/segments/tier-rules/presets';
import { resolveRuleSet, type ResolvedRuleSet } from '../../../../src/model/segments/tier-rules/resolve-bounds';
import { conditionWords, joinWords, ordinal, tierRuleWords } from '../../../../src/model/segments/tier-rules/rule-words';
import type { Comparison } from '../../../../src/model/segments/tier-rules/rule-set';

// Sorted columns in which P75 of monetary is 1,661.74, P75 of frequency 5 and P25 of recency 18.
const SORTED = { monetary: [0, 1661.74, 1661.74, 1661.74, 1661.74], frequency: [1, 5, 5, 5, 5], recency: [10, 18, 18, 18, 40] };
const SEED = resolveRuleSet(TIER_RULE_PRESETS['seed-notebook'], SORTED);

describe('tier rules in words', () => {
  it('says each condition as a shop owner would, with the value a percentile has in the file', () => {
    const [whale, champion] = SEED.rules;
    expect(whale.conditions.map(conditionWords)).toEqual(['spent at least the 75th percentile (1,661.74)', 'last bought more than 90 days ago']);
    expect(champion.conditions.map(conditionWords)).toEqual(['ordered at least the 75th percentile (5 times)', 'last bought at most 18 days ago (the 25th percentile)']);
    const words = (measure: 'recency' | 'frequency' | 'monetary', comparison: Comparison, value: number) =>
      conditionWords({ measure, comparison, value, bound: { kind: 'absolute', value } });
    expect(words('frequency', '<', 1)).toBe('ordered less than once');
    expect(words('monetary', '>', 500)).toBe('spent more than 500.00');
    expect(words('recency', '>=', 1)).toBe('last bought at least 1 day ago');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 75, 100, 12.5].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '75th', '100th', '12.5th']);
  });

  it('describes what each tier receives, earlier rules and the fallback included', () => {
    expect(tierRuleWords(SEED, 'at_risk_whale')).toBe('customers who spent at least the 75th percentile (1,661.74) and last bought more than 90 days ago');
    expect(tierRuleWords(SEED, 'champion')).toBe(
      'customers who ordered at least the 75th percentile (5 times) and last bought at most 18 days ago (the 25th percentile), unless already At-Risk Whale',
    );
    expect(tierRuleWords(SEED, 'hibernating')).toMatch(/unless already At-Risk Whale or Champion$/);
    expect(tierRuleWords(SEED, 'average')).toBe('customers no rule took');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('the active window the tier rules imply', () => {
  const withRules = (rules: ResolvedRuleSet['rules']): ResolvedRuleSet => ({ rules, fallback: 'average', recencyBasis: 'calendar-days' });
  const quiet = (comparison: Comparison, value: number) =>
    withRules([{ tier: 'hibernating', conditions: [{ measure: 'recency', comparison, value, bound: { kind: 'absolute', value }, label: '' }] }]);

  it('is 90 days in both presets', () => {
    expect(activeWindowDays(SEED)).toBe(90);
    expect(activeWindowDays(resolveRuleSet(TIER_RULE_PRESETS['value-activity'], SORTED))).toBe(90);
  });

  it('is the last day before the At-Risk Whale or Hibernating rule counts a customer gone quiet', () => {
    expect(activeWindowDays(quiet('>', 30))).toBe(30);
    expect(activeWindowDays(quiet('>=', 31))).toBe(30);
    expect(activeWindowDays(quiet('>', 30.5))).toBe(30);
    expect(activeWindowDays(quiet('>=', 30.5))).toBe(30);
  });

  it('falls back to 90 days when no such rule bounds recency from below', () => {
    expect(activeWindowDays(quiet('<=', 30))).toBe(DEFAULT_ACTIVE_DAYS);
    expect(activeWindowDays(withRules([]))).toBe(DEFAULT_ACTIVE_DAYS);
  });
});
