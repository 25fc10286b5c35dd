/**
 * How a bound reads in the rule editor: the value in the measure's unit, and for a percentile where
 * it comes from ("P75 of monetary = 1,661.74"), so the shop sees what the rule means in its own file.
 */
import { formatMoney } from '../../shared/format';
import { COMPARISON_SYMBOLS, type Bound, type Comparison, type TierMeasure } from './rule-set';

const upToTwoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A value in the measure's unit: "90 days", "5 invoices", "1,661.74". */
export function measureValueLabel(measure: TierMeasure, value: number): string {
  if (measure === 'monetary') return formatMoney(value);
  const unit = measure === 'recency' ? 'day' : 'invoice';
  return `${upToTwoDecimals.format(value)} ${value === 1 ? unit : `${unit}s`}`;
}

/** "P75 of monetary = 1,661.74", "P25 of recency = 18 days" for a percentile; the value alone for an absolute bound. */
export function boundLabel(measure: TierMeasure, bound: Bound, value: number): string {
  const amount = measureValueLabel(measure, value);
  return bound.kind === 'absolute' ? amount : `P${upToTwoDecimals.format(bound.percentile)} of ${measure} = ${amount}`;
}

/** "recency > 90 days", "monetary ≥ P75 of monetary = 1,661.74". */
export function conditionLabel(measure: TierMeasure, comparison: Comparison, bound: Bound, value: number): string {
  return `${measure} ${COMPARISON_SYMBOLS[comparison]} ${boundLabel(measure, bound, value)}`;
}
