/**
 * A rule set made concrete for one file: every percentile bound becomes the value it has among all
 * customers (quantile.ts). The resolved rules are what both the page's evaluator and the SQL CASE
 * apply, so the totals on the page and the lists from the engine use the very same numbers.
 */
import type { TierId } from '../tiers';
import { boundLabel } from './bound-labels';
import { quantileCont, quantileOfPercentile } from './quantile';
import type { Bound, Comparison, RecencyBasis, TierMeasure, TierRuleSet } from './rule-set';

export interface ResolvedCondition {
  measure: TierMeasure;
  comparison: Comparison;
  /** The bound in the measure's unit: days, invoices, money (a double, compared with cents / 100). */
  value: number;
  bound: Bound;
  /** "P75 of monetary = 1,661.74", "90 days". */
  label: string;
}

export interface ResolvedRule {
  tier: TierId;
  conditions: ResolvedCondition[];
}

export interface ResolvedRuleSet {
  rules: ResolvedRule[];
  fallback: TierId;
  recencyBasis: RecencyBasis;
}

/** Each measure's values over all customers, ascending. */
export type SortedMeasures = Record<TierMeasure, ArrayLike<number>>;

export function resolveRuleSet(ruleSet: TierRuleSet, sorted: SortedMeasures): ResolvedRuleSet {
  return {
    rules: ruleSet.rules.map(({ tier, conditions }) => ({
      tier,
      conditions: conditions.map(({ measure, comparison, bound }) => {
        const value = bound.kind === 'absolute' ? bound.value : quantileCont(sorted[measure], quantileOfPercentile(bound.percentile));
        return { measure, comparison, value, bound, label: boundLabel(measure, bound, value) };
      }),
    })),
    fallback: ruleSet.fallback,
    recencyBasis: ruleSet.recencyBasis,
  };
}
