/**
 * Histories read from a loaded customer table instead of purchase days: `customer_histories` holds
 * one row per customer and period, with the columns CUSTOMER_HISTORIES (purchase-days.ts) gives, and
 * `customer_table_dates` the two dates the table was made for (engine/load/sql/customer-table.ts).
 * Parameter: the period. Same order as CUSTOMER_HISTORIES, so the fits add up in the same order.
 */
export const STORED_HISTORIES = `
  SELECT customer_id, x, tx_days, t_days, zbar, total_value, last_gap_days, recent_purchase_days,
         next_purchase_days, later_purchase_days
  FROM customer_histories
  WHERE period = ?
  ORDER BY customer_id`;

export const STORED_TABLE_DATES = `
  SELECT strftime(observation_end, '%Y-%m-%d') AS observation_end, strftime(calibration_end, '%Y-%m-%d') AS calibration_end
  FROM customer_table_dates`;
