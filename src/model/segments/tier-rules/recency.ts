/**
 * Recency in whole days, counted either way (rule-set.ts RecencyBasis), from each customer's last
 * purchase timestamp. Both counts fall as the last purchase gets later, so the customers in
 * `latestFirst` order have ascending recency whatever the reference date: the sorted column the
 * percentiles need costs one pass, not a sort.
 *
 * Timestamps are whole microseconds in doubles (exact until the year 2255), so differences are exact
 * and one division by a day's microseconds is floored correctly.
 */
import { daysBetween, isIsoDate } from '../../shared/iso-date';
import type { PreparedColumns } from './customer-columns';
import type { RecencyBasis } from './rule-set';

export const MICROS_PER_DAY = 86_400_000_000;

export interface RecencyColumn {
  /** Each customer's recency, in the order of the columns. */
  days: Int32Array;
  /** The same values in ascending order. */
  sorted: Float64Array;
}

export function recencyColumn(columns: PreparedColumns, referenceDate: string, basis: RecencyBasis): RecencyColumn {
  const referenceDay = dayNumber(referenceDate);
  const days = new Int32Array(columns.customers);
  const last = columns.lastPurchaseMicros;
  if (basis === 'calendar-days') {
    for (let i = 0; i < days.length; i++) days[i] = referenceDay - Math.floor(last[i] / MICROS_PER_DAY);
  } else {
    const snapshot = snapshotMicros(referenceDay, columns.latestPurchaseMicros);
    for (let i = 0; i < days.length; i++) days[i] = Math.floor((snapshot - last[i]) / MICROS_PER_DAY);
  }
  const sorted = new Float64Array(days.length);
  columns.latestFirst.forEach((customer, rank) => {
    sorted[rank] = days[customer];
  });
  return { days, sorted };
}

/**
 * The elapsed-days snapshot: the reference date at the time of day of the latest purchase. For the
 * default reference date (the day after the latest purchase) it is the latest purchase + 24 h, the
 * notebook's `max(InvoiceDate) + 1 day`.
 */
export function snapshotMicros(referenceDay: number, latestPurchaseMicros: number): number {
  const timeOfDay = latestPurchaseMicros - Math.floor(latestPurchaseMicros / MICROS_PER_DAY) * MICROS_PER_DAY;
  return referenceDay * MICROS_PER_DAY + timeOfDay;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date; a day that is not in the calendar (02-30) is refused. */
export function dayNumber(referenceDate: string): number {
  if (!isIsoDate(referenceDate)) throw new Error(`invalid reference date: ${referenceDate}`);
  return daysBetween('1970-01-01', referenceDate);
}
