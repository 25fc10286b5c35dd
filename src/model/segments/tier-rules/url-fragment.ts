/**
 * A rule set in the page address's fragment (after `#`, which browsers never send to a server), so a
 * link can share how customers are tiered. It carries the rules only, never data:
 *
 *   #tier-rules=seed-notebook                                  a preset, unchanged
 *   #tier-rules=1~elapsed~average~at_risk_whale:mgep75,rgt90~champion:fgep75,rlep25~hibernating:rgt90
 *
 * i.e. version ~ recency basis ~ fallback tier ~ one `tier:conditions` per rule in order; a condition
 * is the measure's initial, ge/gt/le/lt, then the bound (`p75` for a percentile). Every character is
 * one a fragment may hold as it is.
 */
import { isTierId } from '../tiers';
import { checkRuleSet, RuleSetError } from './check-rule-set';
import { TIER_RULE_PRESETS, withPresetName } from './presets';
import type { Comparison, Condition, RecencyBasis, TierMeasure, TierRule, TierRuleSet, TierRulesPresetId } from './rule-set';

export const FRAGMENT_KEY = 'tier-rules';
const VERSION = '1';

const MEASURE_CODES: Record<TierMeasure, string> = { recency: 'r', frequency: 'f', monetary: 'm' };
const COMPARISON_CODES: Record<Comparison, string> = { '>=': 'ge', '>': 'gt', '<=': 'le', '<': 'lt' };
const BASIS_CODES: Record<RecencyBasis, string> = { 'calendar-days': 'calendar', 'elapsed-days': 'elapsed' };

export function ruleSetToFragmentValue(ruleSet: TierRuleSet): string {
  const named = withPresetName(ruleSet).preset;
  if (named !== 'custom') return named;
  const condition = ({ measure, comparison, bound }: Condition) =>
    `${MEASURE_CODES[measure]}${COMPARISON_CODES[comparison]}${bound.kind === 'percentile' ? `p${bound.percentile}` : bound.value}`;
  const rules = ruleSet.rules.map(({ tier, conditions }) => `${tier}:${conditions.map(condition).join(',')}`);
  return [VERSION, BASIS_CODES[ruleSet.recencyBasis], ruleSet.fallback, ...rules].join('~');
}

export function ruleSetFromFragmentValue(value: string): TierRuleSet {
  if (Object.hasOwn(TIER_RULE_PRESETS, value)) return TIER_RULE_PRESETS[value as TierRulesPresetId];
  const [version, basis, fallback, ...rules] = value.split('~');
  if (version !== VERSION) throw linkError(`"${value.slice(0, 40)}" is not a preset or a rule set this app writes`);
  const recencyBasis = keyOf(BASIS_CODES, basis);
  if (!recencyBasis) throw linkError(`"${basis}" is not a way of counting recency`);
  if (!isTierId(fallback ?? '')) throw linkError(`"${fallback}" is not a tier`);
  const ruleSet = { preset: 'custom' as const, recencyBasis, fallback: fallback as TierRule['tier'], rules: rules.map(readRule) };
  try {
    return withPresetName(checkRuleSet(ruleSet));
  } catch (error) {
    throw error instanceof RuleSetError ? linkError(error.message) : error;
  }
}

/** The rule set in a page address's fragment (`#a=1&tier-rules=…`), or null when it has none. */
export function ruleSetInFragment(hash: string): TierRuleSet | null {
  const entry = fragmentEntries(hash).find(([key]) => key === FRAGMENT_KEY);
  return entry ? ruleSetFromFragmentValue(decodeURIComponent(entry[1])) : null;
}

/** The fragment with the rule set in it, other entries kept as they were. */
export function fragmentWithRuleSet(hash: string, ruleSet: TierRuleSet): string {
  const others = fragmentEntries(hash).filter(([key]) => key !== FRAGMENT_KEY);
  return `#${[...others, [FRAGMENT_KEY, ruleSetToFragmentValue(ruleSet)]].map(([key, value]) => `${key}=${value}`).join('&')}`;
}

function fragmentEntries(hash: string): [string, string][] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const equals = entry.indexOf('=');
      return equals < 0 ? [entry, ''] : [entry.slice(0, equals), entry.slice(equals + 1)];
    });
}

function readRule(text: string): TierRule {
  const [tier, conditions = ''] = text.split(':');
  if (!isTierId(tier)) throw linkError(`"${tier}" is not a tier`);
  return { tier, conditions: conditions === '' ? [] : conditions.split(',').map(readCondition) };
}

function readCondition(text: string): Condition {
  const match = /^([rfm])(ge|gt|le|lt)(p?)([-+.\deE]+)$/.exec(text);
  if (!match) throw linkError(`"${text}" is not a condition`);
  const measure = keyOf(MEASURE_CODES, match[1]);
  const comparison = keyOf(COMPARISON_CODES, match[2]);
  const number = Number(match[4]);
  if (!measure || !comparison || !Number.isFinite(number)) throw linkError(`"${text}" is not a condition`);
  return { measure, comparison, bound: match[3] ? { kind: 'percentile', percentile: number } : { kind: 'absolute', value: number } };
}

function keyOf<K extends string>(codes: Record<K, string>, code: string | undefined): K | undefined {
  return (Object.keys(codes) as K[]).find((key) => codes[key] === code);
}

function linkError(problem: string): RuleSetError {
  return new RuleSetError(`The tier rules in this link cannot be used: ${problem.replace(/\.$/, '')}.`);
}
