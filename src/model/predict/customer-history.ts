/**
 * Every customer's purchase history as seen at a cutoff day, counted in purchase days (a customer's
 * orders on one calendar day are one purchase, as `lifetimes` counts), and what happened after it.
 * The engine fills this from SQL; the models read it in the time unit of the fit.
 */
import type { BgNbdData, RepeatHistory } from './models/bgnbd';
import { DAYS_PER_UNIT } from './repeat-summary';
import type { TimeUnit } from './repeat-summary';

export interface CustomerHistories {
  /** Customers whose first purchase is on or before the cutoff, in a fixed order. */
  customerIds: string[];
  /** x: purchase days after the first, up to the cutoff. */
  x: Float64Array;
  /** t_x in days: first to last purchase day. */
  txDays: Float64Array;
  /** T in days: first purchase day to the cutoff. */
  tDays: Float64Array;
  /** z̄: mean value of the repeat purchase days (each day's orders summed); 0 when x = 0. */
  zbar: Float64Array;
  /** All value up to the cutoff. */
  totalValue: Float64Array;
  /** Days between the last two purchase days; NaN when x = 0. */
  lastGapDays: Float64Array;
  /** Purchase days in the 90 days up to and including the cutoff. */
  recentPurchaseDays: Float64Array;
  /** Purchase days in the 30 days after the cutoff (the churn label's window). */
  nextPurchaseDays: Float64Array;
  /** Purchase days after the cutoff up to the end of the period looked at (the holdout). */
  laterPurchaseDays: Float64Array;
}

/** The window of the churn question: no purchase in the next 30 days. */
export const CHURN_WINDOW_DAYS = 30;

/** (x, t_x, T) in the fit's time unit. */
export function repeatData(histories: CustomerHistories, unit: TimeUnit): BgNbdData {
  const days = DAYS_PER_UNIT[unit];
  return {
    x: histories.x,
    tx: histories.txDays.map((value) => value / days),
    T: histories.tDays.map((value) => value / days),
  };
}

export function repeatHistoryAt(data: BgNbdData, index: number): RepeatHistory {
  return { x: data.x[index], tx: data.tx[index], T: data.T[index] };
}

/** Days since the last purchase as the app counts recency: from the day after the cutoff. */
export function recencyDays(histories: CustomerHistories, index: number): number {
  return histories.tDays[index] - histories.txDays[index] + 1;
}

/** True where the customer made no purchase in the 30 days after the cutoff. */
export function churnedInWindow(histories: CustomerHistories): boolean[] {
  return Array.from(histories.nextPurchaseDays, (days) => days === 0);
}
