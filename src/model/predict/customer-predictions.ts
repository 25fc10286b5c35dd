/**
 * Per-customer predictions from fitted BG/NBD and Gamma-Gamma models: the numbers that rank the
 * Revenue Leak and go into the exports. Horizons are given in days and converted to the fit's unit.
 */
import { expectedPurchases, probabilityAlive, probabilityNoPurchase } from './models/bgnbd';
import type { BgNbdParams } from './models/bgnbd';
import { CHURN_WINDOW_DAYS, repeatData, repeatHistoryAt } from './customer-history';
import type { CustomerHistories } from './customer-history';
import { customerLifetimeValue, expectedOrderValue } from './models/gamma-gamma';
import { medianTimeToNextPurchase, nextOrderDays } from './next-order';
import type { GammaGammaParams } from './models/gamma-gamma';
import { DAYS_PER_UNIT } from './repeat-summary';
import type { TimeUnit } from './repeat-summary';

export interface PurchasePredictions {
  pAlive: Float64Array;
  /** P(no purchase in the next 30 days). */
  pChurn30: Float64Array;
  expectedPurchases30: Float64Array;
  expectedPurchases90: Float64Array;
  expectedPurchases365: Float64Array;
}

export function predictPurchases(params: BgNbdParams, histories: CustomerHistories, unit: TimeUnit): PurchasePredictions {
  const data = repeatData(histories, unit);
  const n = histories.customerIds.length;
  const inUnit = (days: number) => days / DAYS_PER_UNIT[unit];
  const predictions: PurchasePredictions = {
    pAlive: new Float64Array(n),
    pChurn30: new Float64Array(n),
    expectedPurchases30: new Float64Array(n),
    expectedPurchases90: new Float64Array(n),
    expectedPurchases365: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const history = repeatHistoryAt(data, i);
    predictions.pAlive[i] = probabilityAlive(params, history);
    predictions.pChurn30[i] = probabilityNoPurchase(params, history, inUnit(CHURN_WINDOW_DAYS));
    predictions.expectedPurchases30[i] = expectedPurchases(params, history, inUnit(30));
    predictions.expectedPurchases90[i] = expectedPurchases(params, history, inUnit(90));
    predictions.expectedPurchases365[i] = expectedPurchases(params, history, inUnit(365));
  }
  return predictions;
}

/**
 * Whole days from the end of the histories to each customer's expected next order (next-order.ts);
 * NaN, stored as NULL, for a customer unlikely to order again or without a finite P(alive).
 */
export function predictNextOrderDays(params: BgNbdParams, histories: CustomerHistories, unit: TimeUnit, pAlive: Float64Array): Float64Array {
  const data = repeatData(histories, unit);
  return Float64Array.from(histories.customerIds, (_, i) => {
    const medianDays = medianTimeToNextPurchase(params, repeatHistoryAt(data, i)) * DAYS_PER_UNIT[unit];
    return nextOrderDays(medianDays, pAlive[i]) ?? Number.NaN;
  });
}

/** P(no purchase in the next 30 days) alone, for scoring churn without the other predictions. */
export function predictChurn30(params: BgNbdParams, histories: CustomerHistories, unit: TimeUnit): Float64Array {
  const data = repeatData(histories, unit);
  const window = CHURN_WINDOW_DAYS / DAYS_PER_UNIT[unit];
  return Float64Array.from(histories.customerIds, (_, i) => probabilityNoPurchase(params, repeatHistoryAt(data, i), window));
}

export interface ValuePredictions {
  /** E[value of a purchase day | x, z̄]. */
  expectedOrderValue: Float64Array;
  /** Discounted value of the next twelve months, together the 365 days of expectedPurchases365. */
  clv12: Float64Array;
}

export function predictValue(
  purchases: BgNbdParams, spend: GammaGammaParams, histories: CustomerHistories, unit: TimeUnit, monthlyDiscountRate: number,
): ValuePredictions {
  const data = repeatData(histories, unit);
  const n = histories.customerIds.length;
  const value: ValuePredictions = { expectedOrderValue: new Float64Array(n), clv12: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const history = { ...repeatHistoryAt(data, i), zbar: histories.zbar[i] };
    value.expectedOrderValue[i] = expectedOrderValue(spend, history.x, history.zbar);
    value.clv12[i] = customerLifetimeValue(purchases, spend, history, { unit, monthlyDiscountRate, months: 12 });
  }
  return value;
}

/**
 * Sets every prediction that is not a finite number to NaN (stored as NULL: an empty export cell) and
 * returns how many customers had one, so that a numerical failure is reported rather than silently
 * dropping customers from the ranking.
 */
export function blankNonFinite(columns: readonly Float64Array[]): number {
  let customers = 0;
  for (let i = 0; i < (columns[0]?.length ?? 0); i++) {
    let failed = false;
    for (const column of columns) {
      if (Number.isFinite(column[i])) continue;
      column[i] = Number.NaN;
      failed = true;
    }
    if (failed) customers++;
  }
  return customers;
}
