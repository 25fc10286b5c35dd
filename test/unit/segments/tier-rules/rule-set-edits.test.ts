import { describe, expect, it } from 'vitest';
import { checkRuleSet, MAX_CONDITIONS } from '../../../../src/model/segments/tier-rules/check-rule-set';
import { TIER_RULE_PRESETS, valueActivityRules, valueActivityThresholds, valueOf } from '../../../../src/model/segments/tier-rules/presets';
import {
  addCondition,
  addRule,
  moveRule,
  removeCondition,
  removeRule,
  setCondition,
  setFallback,
  setRecencyBasis,
  setRuleTier,
  tiersWithoutRule,
} from '../../../../src/model/segments/tier-rules/rule-set-edits';
import type { TierRuleSet } from '../../../../src/model/segments/tier-rules/rule-set';

const VALUE_ACTIVITY = TIER_RULE_PRESETS['value-activity'];
const SEED = TIER_RULE_PRESETS['seed-notebook'];
const tiersOf = (ruleSet: TierRuleSet) => [ruleSet.rules.map((rule) => rule.tier), ruleSet.fallback];

describe('editing tier rules', () => {
  it('names an edited preset custom, and the preset again once its rules are back', () => {
    const edited = setCondition(VALUE_ACTIVITY, 2, 0, valueOf('recency', '>', 120));
    expect(edited.preset).toBe('custom');
    expect(setCondition(edited, 2, 0, valueOf('recency', '>', 90)).preset).toBe('value-activity');
    expect(setRecencyBasis(VALUE_ACTIVITY, 'elapsed-days').preset).toBe('custom');
    expect(setRecencyBasis(setRecencyBasis(SEED, 'calendar-days'), 'elapsed-days').preset).toBe('seed-notebook');
  });

  it('moves a rule earlier or later, and not past either end', () => {
    expect(tiersOf(moveRule(SEED, 1, -1))).toEqual([['champion', 'at_risk_whale', 'hibernating'], 'average']);
    expect(tiersOf(moveRule(SEED, 1, 1))).toEqual([['at_risk_whale', 'hibernating', 'champion'], 'average']);
    expect(moveRule(SEED, 0, -1)).toBe(SEED);
    expect(moveRule(SEED, 2, 1)).toBe(SEED);
  });

  it('swaps tiers so that each tier keeps at most one rule and the fallback none', () => {
    const swapped = setRuleTier(VALUE_ACTIVITY, 0, 'hibernating');
    expect(tiersOf(swapped)).toEqual([['hibernating', 'at_risk_whale', 'champion'], 'average']);
    const toFallback = setRuleTier(VALUE_ACTIVITY, 2, 'average');
    expect(tiersOf(toFallback)).toEqual([['champion', 'at_risk_whale', 'average'], 'hibernating']);
    const fallback = setFallback(VALUE_ACTIVITY, 'champion');
    expect(tiersOf(fallback)).toEqual([['average', 'at_risk_whale', 'hibernating'], 'champion']);
    for (const ruleSet of [swapped, toFallback, fallback]) expect(checkRuleSet(ruleSet)).toBe(ruleSet);
  });

  it('adds a rule only for a tier that has none, and removes any', () => {
    const three = removeRule(VALUE_ACTIVITY, 2);
    expect(tiersOf(three)).toEqual([['champion', 'at_risk_whale'], 'average']);
    expect(tiersWithoutRule(three)).toEqual(['hibernating']);
    const back = addRule(three);
    expect(back.rules.at(-1)).toEqual({ tier: 'hibernating', conditions: [valueOf('recency', '<=', 90)] });
    expect(tiersWithoutRule(back)).toEqual([]);
    expect(addRule(back)).toBe(back);
  });

  it('adds conditions on a measure the rule does not test yet, up to the limit, and removes them', () => {
    const withFrequency = addCondition(VALUE_ACTIVITY, 0);
    expect(withFrequency.rules[0].conditions.at(-1)).toEqual({ measure: 'frequency', comparison: '>=', bound: { kind: 'percentile', percentile: 50 } });
    let full = withFrequency;
    while (full.rules[0].conditions.length < MAX_CONDITIONS) full = addCondition(full, 0);
    expect(addCondition(full, 0)).toBe(full);
    expect(removeCondition(withFrequency, 0, 2)).toEqual(VALUE_ACTIVITY);
    expect(removeCondition(VALUE_ACTIVITY, 2, 0).rules[2].conditions).toEqual([]);
  });
});

describe('the value-activity quick controls', () => {
  it('read P and D back from value-activity rules, in either recency basis', () => {
    expect(valueActivityThresholds(VALUE_ACTIVITY)).toEqual({ valuePercentile: 80, activeDays: 90 });
    const custom = { ...valueActivityRules({ valuePercentile: 60, activeDays: 30 }), recencyBasis: 'elapsed-days' as const };
    expect(valueActivityThresholds(custom)).toEqual({ valuePercentile: 60, activeDays: 30 });
  });

  it('find none in other rules', () => {
    expect(valueActivityThresholds(SEED)).toBeNull();
    expect(valueActivityThresholds(moveRule(VALUE_ACTIVITY, 0, 1))).toBeNull();
    expect(valueActivityThresholds(setCondition(VALUE_ACTIVITY, 2, 0, valueOf('recency', '>', 60)))).toBeNull();
    expect(valueActivityThresholds({ ...VALUE_ACTIVITY, rules: [] })).toBeNull();
  });
});
