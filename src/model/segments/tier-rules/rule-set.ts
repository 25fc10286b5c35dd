/**
 * Tier rules a shop can write: each tier is a conjunction of conditions on recency, frequency and
 * monetary, rules apply in order and the first match wins, and one named tier takes every customer
 * no rule matched, so each customer is in exactly one tier. The four tiers keep their ids; the two
 * reports stay bound to them (Revenue Leak = at_risk_whale, Margin Protection = champion).
 */
import type { TierId } from '../tiers';

/** Recency in days, frequency in invoices, monetary in money (two decimals). */
export type TierMeasure = 'recency' | 'frequency' | 'monetary';
export const TIER_MEASURES: readonly TierMeasure[] = ['recency', 'frequency', 'monetary'];

export type Comparison = '>=' | '>' | '<=' | '<';
export const COMPARISONS: readonly Comparison[] = ['>=', '>', '<=', '<'];

/** A bound written as a value in the measure's unit, or as a percentile (0–100) of all customers' values. */
export type Bound = { kind: 'absolute'; value: number } | { kind: 'percentile'; percentile: number };

export interface Condition {
  measure: TierMeasure;
  comparison: Comparison;
  bound: Bound;
}

/** A tier's rule: every condition must hold (no conditions: every customer matches). */
export interface TierRule {
  tier: TierId;
  conditions: readonly Condition[];
}

/**
 * How recency is counted. `calendar-days`: days from the last purchase's date to the reference date.
 * `elapsed-days`: whole 24-hour days (floored) from the last purchase's timestamp to a snapshot at the
 * reference date, at the time of day of the latest purchase in the file (pandas' `(snapshot − last).days`).
 */
export type RecencyBasis = 'calendar-days' | 'elapsed-days';
export const RECENCY_BASES: readonly RecencyBasis[] = ['calendar-days', 'elapsed-days'];

export type TierRulesPresetId = 'value-activity' | 'seed-notebook';
/** A preset's id while the rules are that preset's, else `custom`. */
export type RuleSetName = TierRulesPresetId | 'custom';
export const RULE_SET_NAMES: readonly RuleSetName[] = ['value-activity', 'seed-notebook', 'custom'];

export interface TierRuleSet {
  preset: RuleSetName;
  /** In priority order: the first rule a customer matches decides the tier. At most one rule per tier. */
  rules: readonly TierRule[];
  /** The tier of every customer no rule matched; it has no rule of its own. */
  fallback: TierId;
  recencyBasis: RecencyBasis;
}

export const COMPARISON_SYMBOLS: Record<Comparison, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

export function compare(value: number, comparison: Comparison, bound: number): boolean {
  switch (comparison) {
    case '>=':
      return value >= bound;
    case '>':
      return value > bound;
    case '<=':
      return value <= bound;
    case '<':
      return value < bound;
  }
}

export function isTierMeasure(value: unknown): value is TierMeasure {
  return (TIER_MEASURES as readonly unknown[]).includes(value);
}

export function isComparison(value: unknown): value is Comparison {
  return (COMPARISONS as readonly unknown[]).includes(value);
}

export function isRecencyBasis(value: unknown): value is RecencyBasis {
  return (RECENCY_BASES as readonly unknown[]).includes(value);
}
