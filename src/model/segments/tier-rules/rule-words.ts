/**
 * Tier rules in a shop owner's words: "spent at least the 75th percentile (1,661.74)", "last bought
 * more than 90 days ago". Used by the rule editor, the reports' headlines and the tier summary.
 */
import { formatMoney } from '../../shared/format';
import { tierInfo, type TierId } from '../tiers';
import type { ResolvedCondition, ResolvedRuleSet } from './resolve-bounds';
import type { Comparison, TierMeasure } from './rule-set';

const COMPARISON_WORDS: Record<Comparison, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than' };

const SUBJECTS: Record<TierMeasure, string> = { recency: 'last bought', frequency: 'ordered', monetary: 'spent' };

const upToTwoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "1,661.74", "5 times", "18 days". */
export function amountWords(measure: TierMeasure, value: number): string {
  if (measure === 'monetary') return formatMoney(value);
  const number = upToTwoDecimals.format(value);
  if (measure === 'frequency') return value === 1 ? 'once' : `${number} times`;
  return `${number} ${value === 1 ? 'day' : 'days'}`;
}

/** 75 → "75th", 1 → "1st", 22 → "22nd", 12.5 → "12.5th". */
export function ordinal(percentile: number): string {
  const text = upToTwoDecimals.format(percentile);
  if (!Number.isInteger(percentile)) return `${text}th`;
  const [tens, ones] = [percentile % 100, percentile % 10];
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return `${text}${suffix}`;
}

/**
 * One condition: "spent at least the 75th percentile (1,661.74)", "ordered at least 5 times", "last
 * bought more than 90 days ago", "last bought at most 18 days ago (the 25th percentile)".
 */
export function conditionWords({ measure, comparison, bound, value }: Pick<ResolvedCondition, 'measure' | 'comparison' | 'bound' | 'value'>): string {
  const subject = `${SUBJECTS[measure]} ${COMPARISON_WORDS[comparison]}`;
  const amount = amountWords(measure, value);
  if (measure === 'recency') {
    const when = `${amount} ago`;
    return bound.kind === 'percentile' ? `${subject} ${when} (the ${ordinal(bound.percentile)} percentile)` : `${subject} ${when}`;
  }
  return bound.kind === 'percentile' ? `${subject} the ${ordinal(bound.percentile)} percentile (${amount})` : `${subject} ${amount}`;
}

/** The customers a tier receives, in words: its rule's conditions, or "everyone no rule above took". */
export function tierRuleWords(resolved: ResolvedRuleSet, tier: TierId): string {
  const rule = resolved.rules.find((candidate) => candidate.tier === tier);
  if (!rule) return tier === resolved.fallback ? 'customers no rule took' : 'nobody: it has no rule';
  const earlier = resolved.rules.slice(0, resolved.rules.indexOf(rule)).map((other) => tierInfo(other.tier).label);
  const conditions = rule.conditions.length === 0 ? 'every customer' : `customers who ${joinWords(rule.conditions.map(conditionWords))}`;
  return earlier.length === 0 ? conditions : `${conditions}, unless already ${joinWords(earlier, 'or')}`;
}

/** "a, b and c". */
export function joinWords(parts: readonly string[], last = 'and'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts.at(-1)}`;
}

export const RECENCY_BASIS_WORDS = {
  'calendar-days': 'calendar days',
  'elapsed-days': 'elapsed 24-hour days',
} as const;
