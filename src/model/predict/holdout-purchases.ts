/**
 * The standard BG/NBD check (Fader, Hardie & Lee 2005, fig. 4): customers grouped by their repeat
 * purchases in the calibration period, and per group the average number of purchases the model
 * expected in the holdout against the average they made.
 */
import { expectedPurchases } from './models/bgnbd';
import type { BgNbdParams } from './models/bgnbd';
import { repeatData, repeatHistoryAt } from './customer-history';
import type { CustomerHistories } from './customer-history';
import { DAYS_PER_UNIT } from './repeat-summary';
import type { TimeUnit } from './repeat-summary';

/** Customers with this many repeat purchases or more share the last group. */
export const LAST_GROUP = 7;

export interface HoldoutGroup {
  /** "0" … "6", "7+". */
  label: string;
  customers: number;
  actual: number;
  predicted: number;
}

export interface HoldoutComparison {
  groups: HoldoutGroup[];
  /** Purchase days in the holdout, all customers together. */
  actualTotal: number;
  predictedTotal: number;
}

export function compareHoldoutPurchases(
  params: BgNbdParams, histories: CustomerHistories, unit: TimeUnit, holdoutDays: number,
): HoldoutComparison {
  const data = repeatData(histories, unit);
  const horizon = holdoutDays / DAYS_PER_UNIT[unit];
  const sums = Array.from({ length: LAST_GROUP + 1 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  let actualTotal = 0, predictedTotal = 0;
  for (let i = 0; i < histories.customerIds.length; i++) {
    const predicted = expectedPurchases(params, repeatHistoryAt(data, i), horizon);
    const actual = histories.laterPurchaseDays[i];
    const group = sums[Math.min(histories.x[i], LAST_GROUP)];
    group.customers++;
    group.actual += actual;
    group.predicted += predicted;
    actualTotal += actual;
    predictedTotal += predicted;
  }
  const groups = sums.flatMap((sum, x) =>
    sum.customers === 0
      ? []
      : [{ label: x === LAST_GROUP ? `${x}+` : String(x), customers: sum.customers, actual: sum.actual / sum.customers, predicted: sum.predicted / sum.customers }],
  );
  return { groups, actualTotal, predictedTotal };
}
