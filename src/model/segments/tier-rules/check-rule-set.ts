/**
 * What makes a rule set usable, checked wherever one arrives (an imported file, a link, the worker
 * boundary), with messages in the shop's words: each tier has at most one rule, the fallback tier
 * has none, every bound is a number and every percentile is between 0 and 100.
 */
import { tierInfo } from '../tiers';
import type { TierRule, TierRuleSet } from './rule-set';

/** A rule set that cannot be used, said so that the person who wrote it can fix it. */
export class RuleSetError extends Error {
  override name = 'RuleSetError';
}

export const MAX_CONDITIONS = 6;

/** Returns the rule set if it is usable, else throws a RuleSetError naming the first problem. */
export function checkRuleSet(ruleSet: TierRuleSet): TierRuleSet {
  const seen = new Set<string>();
  ruleSet.rules.forEach((rule, index) => {
    const name = ruleName(rule, index);
    if (seen.has(rule.tier)) throw new RuleSetError(`${name}: ${tierInfo(rule.tier).label} already has a rule; each tier has at most one.`);
    seen.add(rule.tier);
    if (rule.tier === ruleSet.fallback) {
      throw new RuleSetError(`${name}: ${tierInfo(rule.tier).label} is the tier for customers no rule matched, so it cannot have a rule of its own.`);
    }
    if (rule.conditions.length > MAX_CONDITIONS) throw new RuleSetError(`${name} has ${rule.conditions.length} conditions; at most ${MAX_CONDITIONS} are allowed.`);
    rule.conditions.forEach(({ measure, bound }, position) => {
      const where = `${name}, condition ${position + 1} (${measure})`;
      if (bound.kind === 'percentile' && !(bound.percentile >= 0 && bound.percentile <= 100)) {
        throw new RuleSetError(`${where}: the percentile is ${bound.percentile}; a percentile is from 0 to 100.`);
      }
      if (bound.kind === 'absolute' && !Number.isFinite(bound.value)) throw new RuleSetError(`${where}: the bound is not a number.`);
    });
  });
  return ruleSet;
}

/** "Rule 2 (Champion)". */
export function ruleName(rule: Pick<TierRule, 'tier'>, index: number): string {
  return `Rule ${index + 1} (${tierInfo(rule.tier).label})`;
}
