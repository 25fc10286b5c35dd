/**
 * With money from an amount column, what the column means is settled once every file is read (see
 * model/order-amounts.ts): first how its amounts spread within orders, then, for a line total, every
 * line that had its own amount counts; and an order found in several files (overlapping monthly
 * exports) counts once, as the last file has it: the kept lines of its copies in earlier files are
 * left out as `superseded`. The last file wins because it is the later export, with the order's
 * latest status.
 */

/**
 * How amounts spread within each order of one file, in `table` (order_lines, or the mapping check's
 * sample): only lines with their own amount count. Examples are joined by chr(31), without trailing zeros.
 */
export function amountSpreadSql(table: 'order_lines' | 'mapping_check'): string {
  return `
    WITH amounts AS (
      SELECT source_file, invoice, unit_price, min(source_row) AS first_row, count(*) AS lines
      FROM ${table} WHERE invoice <> '' AND amount_given AND unit_price IS NOT NULL
      GROUP BY source_file, invoice, unit_price
    ),
    orders AS (
      SELECT source_file, invoice, min(first_row) AS first_row, sum(lines) AS given, count(*) AS amounts,
             array_to_string(list(rtrim(rtrim(unit_price::VARCHAR, '0'), '.') ORDER BY unit_price)[1:3], chr(31)) AS examples
      FROM amounts GROUP BY source_file, invoice
    )
    SELECT count(*) FILTER (WHERE given > 1)::INTEGER AS orders_with_several,
           count(*) FILTER (WHERE amounts > 1)::INTEGER AS differing,
           arg_min(invoice, (source_file, first_row)) FILTER (WHERE amounts > 1) AS example_order,
           arg_min(examples, (source_file, first_row)) FILTER (WHERE amounts > 1) AS example_amounts
    FROM orders`;
}

/** A line total: every line with its own amount counts (a line whose amount was left empty adds nothing). */
export const COUNT_EVERY_LINE = `UPDATE order_lines SET quantity = CASE WHEN amount_given THEN 1 ELSE 0 END`;

/** Orders in more than one file. */
export const REPEATED_ORDERS = `
  SELECT count(*)::INTEGER AS orders FROM (
    SELECT invoice FROM order_lines WHERE invoice <> '' GROUP BY invoice HAVING count(DISTINCT source_file) > 1
  )`;

/** The kept lines of an order's copies in earlier files than its last. */
export const SUPERSEDE_EARLIER_COPIES = `
  UPDATE order_lines SET reason = 'superseded'
  FROM (SELECT invoice, max(source_file) AS last_file FROM order_lines WHERE invoice <> '' GROUP BY invoice) AS latest
  WHERE order_lines.invoice = latest.invoice AND order_lines.source_file < latest.last_file AND order_lines.reason = 'kept'`;
