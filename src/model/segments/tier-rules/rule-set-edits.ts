/**
 * Every edit the rule editor makes, as a function from one rule set to the next. Each keeps the rule
 * set usable (check-rule-set.ts: at most one rule per tier, none for the fallback tier), so the page
 * never holds rules it cannot apply, and each names the result after a preset when it is one again.
 */
import { TIER_IDS, type TierId } from '../tiers';
import { MAX_CONDITIONS } from './check-rule-set';
import { percentileOf, valueOf, withPresetName } from './presets';
import { TIER_MEASURES, type Condition, type RecencyBasis, type TierRule, type TierRuleSet } from './rule-set';

const named = (ruleSet: TierRuleSet): TierRuleSet => withPresetName(ruleSet);

function withRules(ruleSet: TierRuleSet, rules: readonly TierRule[]): TierRuleSet {
  return named({ ...ruleSet, rules });
}

function withRule(ruleSet: TierRuleSet, index: number, change: (rule: TierRule) => TierRule): TierRuleSet {
  return withRules(ruleSet, ruleSet.rules.map((rule, at) => (at === index ? change(rule) : rule)));
}

/** Tiers that could get a rule of their own: neither ruled yet nor the fallback. */
export function tiersWithoutRule(ruleSet: TierRuleSet): TierId[] {
  return TIER_IDS.filter((tier) => tier !== ruleSet.fallback && !ruleSet.rules.some((rule) => rule.tier === tier));
}

/** A rule for the first tier without one, last in order, with one condition to start from. */
export function addRule(ruleSet: TierRuleSet): TierRuleSet {
  const [tier] = tiersWithoutRule(ruleSet);
  if (!tier) return ruleSet;
  return withRules(ruleSet, [...ruleSet.rules, { tier, conditions: [valueOf('recency', '<=', 90)] }]);
}

/** Its customers go to later rules, or to the fallback tier. */
export function removeRule(ruleSet: TierRuleSet, index: number): TierRuleSet {
  return withRules(ruleSet, ruleSet.rules.filter((_, at) => at !== index));
}

/** Moves a rule one place earlier (-1) or later (+1): an earlier rule takes a customer first. */
export function moveRule(ruleSet: TierRuleSet, index: number, by: -1 | 1): TierRuleSet {
  const to = index + by;
  if (to < 0 || to >= ruleSet.rules.length) return ruleSet;
  const rules = [...ruleSet.rules];
  [rules[index], rules[to]] = [rules[to], rules[index]];
  return withRules(ruleSet, rules);
}

/**
 * Gives a rule another tier. The tier it had goes to whoever had the new one: the other rule, or
 * the fallback, so each tier still has at most one rule and the fallback none.
 */
export function setRuleTier(ruleSet: TierRuleSet, index: number, tier: TierId): TierRuleSet {
  const previous = ruleSet.rules[index].tier;
  if (tier === previous) return ruleSet;
  const rules = ruleSet.rules.map((rule, at) => (at === index ? { ...rule, tier } : rule.tier === tier ? { ...rule, tier: previous } : rule));
  return named({ ...ruleSet, rules, fallback: ruleSet.fallback === tier ? previous : ruleSet.fallback });
}

/** Makes another tier the one for customers no rule matched; a rule it had takes the old fallback tier. */
export function setFallback(ruleSet: TierRuleSet, tier: TierId): TierRuleSet {
  if (tier === ruleSet.fallback) return ruleSet;
  const rules = ruleSet.rules.map((rule) => (rule.tier === tier ? { ...rule, tier: ruleSet.fallback } : rule));
  return named({ ...ruleSet, rules, fallback: tier });
}

export function setCondition(ruleSet: TierRuleSet, ruleIndex: number, conditionIndex: number, condition: Condition): TierRuleSet {
  return withRule(ruleSet, ruleIndex, (rule) => ({ ...rule, conditions: rule.conditions.map((old, at) => (at === conditionIndex ? condition : old)) }));
}

/** One more condition (on a measure the rule does not test yet, if any): at least the median. */
export function addCondition(ruleSet: TierRuleSet, ruleIndex: number): TierRuleSet {
  const rule = ruleSet.rules[ruleIndex];
  if (rule.conditions.length >= MAX_CONDITIONS) return ruleSet;
  const measure = TIER_MEASURES.find((candidate) => !rule.conditions.some((condition) => condition.measure === candidate)) ?? 'monetary';
  return withRule(ruleSet, ruleIndex, () => ({ ...rule, conditions: [...rule.conditions, percentileOf(measure, '>=', 50)] }));
}

/** Without conditions a rule takes every customer that reaches it. */
export function removeCondition(ruleSet: TierRuleSet, ruleIndex: number, conditionIndex: number): TierRuleSet {
  return withRule(ruleSet, ruleIndex, (rule) => ({ ...rule, conditions: rule.conditions.filter((_, at) => at !== conditionIndex) }));
}

export function setRecencyBasis(ruleSet: TierRuleSet, recencyBasis: RecencyBasis): TierRuleSet {
  return named({ ...ruleSet, recencyBasis });
}
