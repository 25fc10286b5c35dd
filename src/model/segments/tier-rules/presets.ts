/**
 * The rule sets one click away. Both are ordinary rule sets: editing one makes it `custom`, and a
 * rule set whose rules are again exactly a preset's is named after it.
 */
import { DEFAULT_THRESHOLDS, type TierThresholds } from '../tiers';
import type { Bound, Comparison, Condition, TierMeasure, TierRule, TierRuleSet, TierRulesPresetId } from './rule-set';

export const percentileOf = (measure: TierMeasure, comparison: Comparison, percentile: number): Condition => ({
  measure,
  comparison,
  bound: { kind: 'percentile', percentile },
});

export const valueOf = (measure: TierMeasure, comparison: Comparison, value: number): Condition => ({
  measure,
  comparison,
  bound: { kind: 'absolute', value },
});

/**
 * The app's 2×2 of value and activity as rules: high value = monetary ≥ P-th percentile, active =
 * bought within D days. With P = 80, D = 90 it is the `value-activity` preset.
 */
export function valueActivityRules({ valuePercentile, activeDays }: TierThresholds): TierRuleSet {
  const highValue = percentileOf('monetary', '>=', valuePercentile);
  return {
    preset: 'custom',
    rules: [
      { tier: 'champion', conditions: [highValue, valueOf('recency', '<=', activeDays)] },
      { tier: 'at_risk_whale', conditions: [highValue, valueOf('recency', '>', activeDays)] },
      { tier: 'hibernating', conditions: [valueOf('recency', '>', activeDays)] },
    ],
    fallback: 'average',
    recencyBasis: 'calendar-days',
  };
}

/**
 * The rules of the notebook the app grew from (prasad1482/Autonomous-AI-Shopping-Agent, cells 21–30):
 * its Revenue Leak list is monetary ≥ P75 and recency > 90, its Margin Protection list frequency ≥ P75
 * and recency ≤ P25 (frequency, not monetary), recency counted as pandas counts it. With these the
 * public Online Retail file gives its published 95 / $434,984.93 and 623 / $4,628,828.07.
 */
const SEED_NOTEBOOK: TierRuleSet = {
  preset: 'seed-notebook',
  rules: [
    { tier: 'at_risk_whale', conditions: [percentileOf('monetary', '>=', 75), valueOf('recency', '>', 90)] },
    { tier: 'champion', conditions: [percentileOf('frequency', '>=', 75), percentileOf('recency', '<=', 25)] },
    { tier: 'hibernating', conditions: [valueOf('recency', '>', 90)] },
  ],
  fallback: 'average',
  recencyBasis: 'elapsed-days',
};

/**
 * P and D when these are the value-activity rules for some P and D (whatever the recency basis), so
 * the quick controls can show them; null for any other rules.
 */
export function valueActivityThresholds(ruleSet: TierRuleSet): TierThresholds | null {
  const [champion] = ruleSet.rules;
  const bound = champion?.conditions[0]?.bound;
  const recency = champion?.conditions[1]?.bound;
  if (bound?.kind !== 'percentile' || recency?.kind !== 'absolute') return null;
  const thresholds = { valuePercentile: bound.percentile, activeDays: recency.value };
  const same = rulesKey({ ...valueActivityRules(thresholds), recencyBasis: ruleSet.recencyBasis }) === rulesKey(ruleSet);
  return same ? thresholds : null;
}

export const TIER_RULE_PRESETS: Record<TierRulesPresetId, TierRuleSet> = {
  'value-activity': { ...valueActivityRules(DEFAULT_THRESHOLDS), preset: 'value-activity' },
  'seed-notebook': SEED_NOTEBOOK,
};

export const DEFAULT_TIER_RULES: TierRuleSet = TIER_RULE_PRESETS['value-activity'];

/** The preset whose rules, fallback and recency basis these are exactly, else `custom`. */
export function withPresetName(ruleSet: TierRuleSet): TierRuleSet {
  const key = rulesKey(ruleSet);
  const same = (Object.keys(TIER_RULE_PRESETS) as TierRulesPresetId[]).find((id) => rulesKey(TIER_RULE_PRESETS[id]) === key);
  return { ...ruleSet, preset: same ?? 'custom' };
}

/** Everything that decides the tiers, as text: two rule sets with the same key give the same tiers. */
function rulesKey({ rules, fallback, recencyBasis }: TierRuleSet): string {
  const bound = (b: Bound) => (b.kind === 'percentile' ? `P${b.percentile}` : String(b.value));
  const rule = ({ tier, conditions }: TierRule) => `${tier}:${conditions.map((c) => `${c.measure}${c.comparison}${bound(c.bound)}`).join('&')}`;
  return [recencyBasis, fallback, ...rules.map(rule)].join(';');
}
