/**
 * Turns order lines into the per-customer summary the BG/NBD and Gamma-Gamma models take, counted the
 * way the `lifetimes` package counts: a customer's orders on one calendar day are one purchase.
 */

export type TimeUnit = 'days' | 'weeks';

export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7 };

export interface Transaction {
  customerId: string;
  /** Calendar day of the order, as whole days since 1970-01-01. */
  day: number;
  value: number;
}

export interface SummaryPeriod {
  /** Last calendar day (inclusive) of the calibration period, in days since the epoch. */
  calibrationEnd: number;
  /** Last calendar day (inclusive) of the holdout period; omitted, every day after calibration counts. */
  holdoutEnd?: number;
  unit: TimeUnit;
}

/** One entry per customer whose first purchase falls in the calibration period, in order of appearance. */
export interface RepeatSummary {
  unit: TimeUnit;
  customerIds: string[];
  /** x: purchase days in the calibration period after the first one. */
  x: Float64Array;
  /** t_x: time from the first to the last purchase day in the calibration period. */
  tx: Float64Array;
  /** T: time from the first purchase day to the end of the calibration period. */
  T: Float64Array;
  /** Distinct purchase days after the calibration period, up to the end of the holdout period. */
  holdoutX: Float64Array;
  /** z̄: mean value of the repeat purchase days (a day's orders summed); 0 when x = 0. */
  zbar: Float64Array;
}

export function summariseRepeatPurchases(transactions: readonly Transaction[], period: SummaryPeriod): RepeatSummary {
  const groups = groupByCustomer(transactions);
  const scratch = new Float64Array(groups.largestGroup);
  const summary = emptySummary(period.unit, groups.ids.length);
  let kept = 0;
  for (let customer = 0; customer < groups.ids.length; customer++) {
    const rows = groups.order.subarray(groups.offsets[customer], groups.offsets[customer + 1]);
    if (summariseCustomer(transactions, rows, period, scratch, summary, kept)) {
      summary.customerIds.push(groups.ids[customer]);
      kept++;
    }
  }
  return trimSummary(summary, kept);
}

interface CustomerGroups {
  ids: string[];
  /** Transaction indices, grouped by customer; customer k's are order[offsets[k] .. offsets[k + 1]). */
  order: Uint32Array;
  offsets: Uint32Array;
  largestGroup: number;
}

/** A counting sort by customer: linear time, no per-customer arrays. */
function groupByCustomer(transactions: readonly Transaction[]): CustomerGroups {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const customerOf = new Uint32Array(transactions.length);
  transactions.forEach((transaction, row) => {
    let index = indexOf.get(transaction.customerId);
    if (index === undefined) {
      index = ids.push(transaction.customerId) - 1;
      indexOf.set(transaction.customerId, index);
    }
    customerOf[row] = index;
  });
  const offsets = new Uint32Array(ids.length + 1);
  for (const customer of customerOf) offsets[customer + 1]++;
  let largestGroup = 0;
  for (let k = 0; k < ids.length; k++) {
    largestGroup = Math.max(largestGroup, offsets[k + 1]);
    offsets[k + 1] += offsets[k];
  }
  const next = offsets.slice(0, ids.length);
  const order = new Uint32Array(transactions.length);
  customerOf.forEach((customer, row) => {
    order[next[customer]++] = row;
  });
  return { ids, order, offsets, largestGroup };
}

/** Writes customer `slot` of the summary; false when the customer first bought after calibration. */
function summariseCustomer(
  transactions: readonly Transaction[], rows: Uint32Array, period: SummaryPeriod,
  scratch: Float64Array, summary: RepeatSummary, slot: number,
): boolean {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let calibrationValue = 0;
  for (const row of rows) {
    const { day, value } = transactions[row];
    if (day > period.calibrationEnd) continue;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
    calibrationValue += value;
  }
  if (firstDay === Infinity) return false;

  let firstDayValue = 0;
  let calibrationCount = 0;
  let holdoutCount = 0;
  const holdoutEnd = period.holdoutEnd ?? Infinity;
  for (const row of rows) {
    const { day, value } = transactions[row];
    if (day === firstDay) firstDayValue += value;
    if (day <= period.calibrationEnd) scratch[calibrationCount++] = day;
    // Holdout days fill the scratch from the far end so one buffer serves both periods.
    else if (day <= holdoutEnd) scratch[scratch.length - 1 - holdoutCount++] = day;
  }
  const x = countDistinct(scratch.subarray(0, calibrationCount)) - 1;
  const unitDays = DAYS_PER_UNIT[period.unit];
  summary.x[slot] = x;
  summary.tx[slot] = (lastDay - firstDay) / unitDays;
  summary.T[slot] = (period.calibrationEnd - firstDay) / unitDays;
  summary.holdoutX[slot] = countDistinct(scratch.subarray(scratch.length - holdoutCount));
  // Mean over repeat days of each day's total = (all calibration value − the first day's) / x.
  summary.zbar[slot] = x > 0 ? (calibrationValue - firstDayValue) / x : 0;
  return true;
}

/** Sorts `days` in place and counts its distinct values. */
function countDistinct(days: Float64Array): number {
  if (days.length === 0) return 0;
  days.sort();
  let distinct = 1;
  for (let i = 1; i < days.length; i++) if (days[i] !== days[i - 1]) distinct++;
  return distinct;
}

function emptySummary(unit: TimeUnit, size: number): RepeatSummary {
  return {
    unit,
    customerIds: [],
    x: new Float64Array(size),
    tx: new Float64Array(size),
    T: new Float64Array(size),
    holdoutX: new Float64Array(size),
    zbar: new Float64Array(size),
  };
}

function trimSummary(summary: RepeatSummary, size: number): RepeatSummary {
  return {
    ...summary,
    x: summary.x.slice(0, size),
    tx: summary.tx.slice(0, size),
    T: summary.T.slice(0, size),
    holdoutX: summary.holdoutX.slice(0, size),
    zbar: summary.zbar.slice(0, size),
  };
}
