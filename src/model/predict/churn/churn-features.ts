/**
 * What the churn classifier knows about a customer at a cutoff: recency, frequency and monetary value,
 * tenure, the rhythm of their purchases, and how overdue they are against that rhythm. Values that do
 * not exist (gaps of a one-time buyer) are −1, below every real value, so a tree can split them off.
 */
import type { FeatureMatrix } from './decision-tree';
import { recencyDays } from '../customer-history';
import type { CustomerHistories } from '../customer-history';

export const CHURN_FEATURES = [
  'recency_days',
  'purchase_days',
  'monetary',
  'tenure_days',
  'mean_gap_days',
  'last_gap_days',
  'purchase_days_last_90',
  'value_per_purchase_day',
  'recency_over_mean_gap',
] as const;

const MISSING = -1;

export function churnFeatures(histories: CustomerHistories): FeatureMatrix {
  const rows = histories.customerIds.length;
  const features = CHURN_FEATURES.length;
  const values = new Float64Array(rows * features);
  for (let i = 0; i < rows; i++) {
    const x = histories.x[i];
    const recency = recencyDays(histories, i);
    const meanGap = x > 0 ? histories.txDays[i] / x : MISSING;
    values.set(
      [
        recency,
        x + 1,
        histories.totalValue[i],
        histories.tDays[i],
        meanGap,
        x > 0 ? histories.lastGapDays[i] : MISSING,
        histories.recentPurchaseDays[i],
        histories.totalValue[i] / (x + 1),
        meanGap > 0 ? recency / meanGap : MISSING,
      ],
      i * features,
    );
  }
  return { rows, features, values };
}

/** The rows of several matrices with the same features, one after another. */
export function stackFeatureRows(matrices: readonly FeatureMatrix[]): FeatureMatrix {
  const features = matrices[0]?.features ?? CHURN_FEATURES.length;
  const values = new Float64Array(matrices.reduce((sum, matrix) => sum + matrix.values.length, 0));
  let offset = 0;
  for (const matrix of matrices) {
    if (matrix.features !== features) throw new RangeError(`invalid features: ${matrix.features}, expected ${features}`);
    values.set(matrix.values, offset);
    offset += matrix.values.length;
  }
  return { rows: values.length / features, features, values };
}
