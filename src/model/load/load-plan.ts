import type { ColumnMapping, MoneyMode } from './column-roles';
import type { DateOrder } from './formats/date-order';
import type { DecimalSeparator } from './formats/number-format';

/**
 * Everything the engine needs to turn the inspected files into order lines: which column plays
 * which role and how its values are written. It crosses the worker boundary and is remembered per
 * header signature, so it is plain data.
 */
export interface LoadPlan {
  mapping: ColumnMapping;
  money: MoneyMode;
  decimalSeparator: DecimalSeparator;
  /** `auto`: decided from the whole column after reading; otherwise the user's (or layout's) choice. */
  dateOrder: DateOrder | 'auto';
  /** When every date fits both day/month orders and `dateOrder` is `auto`: ask, or assume this one. */
  ambiguousDateOrder: 'ask' | Exclude<DateOrder, 'ymd'>;
  /** Order-level fields (customer, date, status, amount) are only on each order's first line. */
  orderFieldsOnFirstLine: boolean;
  /** Order ids starting with C are cancellations (the Online Retail convention). */
  cancelledPrefix: boolean;
  /** Lines identical in every column to an earlier line are left out (default: kept). */
  dropDuplicates: boolean;
  /** The shop's currency (ISO 4217) chosen on the mapping screen, for a file without a currency column. */
  currency?: string;
  /** Lines dated after the day of the analysis are kept (default: left out as `future_date`). */
  includeFutureDates?: boolean;
}

/** The part of a plan that needs the files read again when it changes. */
export function readingKey(plan: LoadPlan): string {
  const mapping = Object.entries(plan.mapping).sort(([a], [b]) => a.localeCompare(b));
  const { money, decimalSeparator, dateOrder, ambiguousDateOrder, orderFieldsOnFirstLine, cancelledPrefix } = plan;
  return JSON.stringify([mapping, money, decimalSeparator, dateOrder, ambiguousDateOrder, orderFieldsOnFirstLine, cancelledPrefix]);
}
