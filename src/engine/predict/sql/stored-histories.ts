import { historyColumnName } from '../../../model/pipeline/customer-table';
import type { HistoryField, HistoryPeriod } from '../../../model/pipeline/history-periods';

/**
 * Histories read from a loaded customer table instead of purchase days: one period's columns of
 * `customer_table_histories` (engine/load/sql/customer-table-columns.ts), for every customer the period
 * knew (x is set), with the columns CUSTOMER_HISTORIES (purchase-days.ts) gives and in its order, so the
 * fits add up in the same order. A field a period does not carry is one its readers never look at, or
 * always 0 (nothing after the cutoff is counted for `now`).
 */
const STORED_FIELDS: readonly [HistoryField, string][] = [
  ['x', 'INTEGER'],
  ['tx_days', 'INTEGER'],
  ['t_days', 'INTEGER'],
  ['zbar', 'DOUBLE'],
  ['total_value', 'DOUBLE'],
  ['last_gap_days', 'INTEGER'],
  ['recent_purchase_days', 'INTEGER'],
  ['next_purchase_days', 'INTEGER'],
  ['later_purchase_days', 'INTEGER'],
];

export function storedHistoriesSql(period: HistoryPeriod): string {
  const fields = STORED_FIELDS.map(([field, type]) =>
    period.fields.includes(field) ? `${historyColumnName(period, field)}::${type} AS ${field}` : `0::${type} AS ${field}`,
  );
  return `
  SELECT customer_id, ${fields.join(', ')}
  FROM customer_table_histories
  WHERE ${historyColumnName(period, 'x')} IS NOT NULL
  ORDER BY customer_id`;
}

export const STORED_TABLE_DATES = `
  SELECT strftime(observation_end, '%Y-%m-%d') AS observation_end, strftime(calibration_end, '%Y-%m-%d') AS calibration_end
  FROM customer_table_dates`;
