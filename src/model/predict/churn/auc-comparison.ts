/**
 * Is one churn score's ROC AUC really higher than another's on the same customers, or is the gap
 * within the noise? DeLong, DeLong & Clarke-Pearson (1988): the two AUCs are correlated (same
 * customers, same outcomes), and the variance of their difference follows from each customer's
 * placements: Var(AUC₁ − AUC₂) = s²(churners' placement differences)/m + s²(returners')/n.
 *
 * It needs one sort per score (Sun & Xu 2014), so it takes milliseconds at 100,000 customers, where a
 * bootstrap would sort hundreds of resamples; on large samples the two agree (see the unit tests).
 */
import { aucOf } from './churn-metrics';
import type { Placements } from './churn-metrics';

/** The normal quantile for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

export interface AucDifference {
  /** AUC of the first score minus AUC of the second. */
  difference: number;
  standardError: number;
  /** The 95% interval of the difference. */
  low: number;
  high: number;
}

/** Null when there are fewer than two churners or two returners, which leaves the variance undefined. */
export function compareAucs(first: Placements, second: Placements): AucDifference | null {
  const m = first.churners.length, n = first.returners.length;
  if (second.churners.length !== m || second.returners.length !== n) {
    throw new RangeError(`invalid comparison: ${m}+${n} customers against ${second.churners.length}+${second.returners.length}`);
  }
  if (m < 2 || n < 2) return null;
  const difference = aucOf(first) - aucOf(second);
  const variance = pairedVariance(first.churners, second.churners) / m + pairedVariance(first.returners, second.returners) / n;
  const standardError = Math.sqrt(variance);
  return { difference, standardError, low: difference - Z_95 * standardError, high: difference + Z_95 * standardError };
}

/** A clear difference: the 95% interval lies wholly above 0. */
export function clearlyHigher(comparison: AucDifference | null): boolean {
  return comparison !== null && comparison.low > 0;
}

/** Sample variance of the pairwise differences first[i] − second[i] (two passes, for accuracy). */
function pairedVariance(first: Float64Array, second: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < first.length; i++) sum += first[i] - second[i];
  const meanDifference = sum / first.length;
  let squares = 0;
  for (let i = 0; i < first.length; i++) squares += (first[i] - second[i] - meanDifference) ** 2;
  return squares / (first.length - 1);
}
