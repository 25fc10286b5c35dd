import { describe, expect, it } from 'vitest';
import { conditionLabel } from '../../../../src/model/segments/tier-rules/bound-labels';
import { DEFAULT_TIER_RULES, TIER_RULE_PRESETS, valueActivityRules, withPresetName } from '../../../../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../../../src/model/segments/tier-rules/rule-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/model/segments/tiers';

/** A rule set as a reader would write it, bounds unresolved (the value shown is the written one). */
const written = (ruleSet: TierRuleSet) => ({
  rules: ruleSet.rules.map(({ tier, conditions }) =>
    `${tier}: ${conditions.map(({ measure, comparison, bound }) => (bound.kind === 'absolute' ? conditionLabel(measure, comparison, bound, bound.value) : `${measure} ${comparison} P${bound.percentile}`)).join(' and ')}`,
  ),
  fallback: ruleSet.fallback,
  recencyBasis: ruleSet.recencyBasis,
});

describe('tier rule presets', () => {
  it('value-activity is today’s 2×2: P80 of monetary, 90 days, calendar days, and the default', () => {
    expect(written(TIER_RULE_PRESETS['value-activity'])).toEqual({
      rules: ['champion: monetary >= P80 and recency ≤ 90 days', 'at_risk_whale: monetary >= P80 and recency > 90 days', 'hibernating: recency > 90 days'],
      fallback: 'average',
      recencyBasis: 'calendar-days',
    });
    expect(DEFAULT_TIER_RULES).toBe(TIER_RULE_PRESETS['value-activity']);
    expect(TIER_RULE_PRESETS['value-activity'].preset).toBe('value-activity');
  });

  it('seed-notebook is the original notebook’s rules, recency counted in elapsed days', () => {
    expect(written(TIER_RULE_PRESETS['seed-notebook'])).toEqual({
      rules: ['at_risk_whale: monetary >= P75 and recency > 90 days', 'champion: frequency >= P75 and recency <= P25', 'hibernating: recency > 90 days'],
      fallback: 'average',
      recencyBasis: 'elapsed-days',
    });
  });

  it('names a rule set after the preset it equals, and calls any other custom', () => {
    expect(withPresetName(valueActivityRules(DEFAULT_THRESHOLDS)).preset).toBe('value-activity');
    expect(withPresetName(valueActivityRules({ valuePercentile: 75, activeDays: 90 })).preset).toBe('custom');
    const seed = TIER_RULE_PRESETS['seed-notebook'];
    const calendar = { ...seed, recencyBasis: 'calendar-days' as const };
    expect(withPresetName(calendar).preset).toBe('custom');
    expect(withPresetName({ ...calendar, preset: 'custom', recencyBasis: 'elapsed-days' }).preset).toBe('seed-notebook');
    expect(withPresetName({ ...seed, rules: [seed.rules[1], seed.rules[0], seed.rules[2]] }).preset).toBe('custom');
  });
});
