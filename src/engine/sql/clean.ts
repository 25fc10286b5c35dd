import type { RecognisedLayout } from '../../model/order-layouts';
import { quoteIdentifier, quoteLiteral } from './identifiers';
import type { TextEncoding } from '../../model/text-encoding';
import { readSource } from './read-source';

/**
 * Stage 1: read every line of the file once and give it a cleaning reason. The CASE order is the
 * product's definition: a line is counted under the first reason that applies. A value that does
 * not parse is NULL after TRY_CAST, so `NULL <= 0` is not true and the line falls through to
 * `unreadable` unless an earlier reason applies.
 */
export function createOrderLinesSql({ layout, sourceColumns }: RecognisedLayout, encoding: TextEncoding): string {
  const column = (role: keyof typeof sourceColumns) => `trim(${quoteIdentifier(sourceColumns[role])})`;
  const dateFormats = `[${layout.dateFormats.map(quoteLiteral).join(', ')}]`;
  return `
    CREATE OR REPLACE TABLE order_lines AS
    WITH typed AS (
      SELECT
        nullif(${column('customerId')}, '') AS raw_customer_id,
        ${column('invoice')} AS invoice,
        ${column('quantity')} AS quantity_text,
        ${column('unitPrice')} AS unit_price_text,
        ${column('invoiceDate')} AS invoice_date_text,
        TRY_CAST(${column('quantity')} AS DECIMAL(18, 4)) AS quantity,
        TRY_CAST(${column('unitPrice')} AS DECIMAL(18, 6)) AS unit_price,
        try_strptime(${column('invoiceDate')}, ${dateFormats}) AS invoiced_at
      FROM ${readSource(encoding)}
    )
    SELECT
      -- 17850.0 (a spreadsheet's float) and 17850 are the same customer
      regexp_replace(raw_customer_id, '\\.0+$', '') AS customer_id,
      invoice, quantity, unit_price, invoiced_at,
      quantity_text, unit_price_text, invoice_date_text,
      CASE
        WHEN raw_customer_id IS NULL THEN 'missing_customer'
        WHEN upper(invoice) LIKE 'C%' THEN 'cancelled'
        WHEN quantity <= 0 THEN 'non_positive_quantity'
        WHEN unit_price <= 0 THEN 'non_positive_price'
        WHEN quantity IS NULL OR unit_price IS NULL OR invoiced_at IS NULL THEN 'unreadable'
        ELSE 'kept'
      END AS reason
    FROM typed`;
}

export const COUNT_REASONS = `
  SELECT reason, count(*)::INTEGER AS lines FROM order_lines GROUP BY reason`;

/** Why lines were unreadable, per column, with one example each: the basis of a specific message. */
export const UNREADABLE_EXAMPLES = `
  SELECT field, count(*)::INTEGER AS lines, any_value(example) AS example FROM (
    SELECT 'quantity' AS field, quantity_text AS example FROM order_lines
      WHERE reason = 'unreadable' AND quantity IS NULL
    UNION ALL
    SELECT 'unitPrice', unit_price_text FROM order_lines
      WHERE reason = 'unreadable' AND unit_price IS NULL
    UNION ALL
    SELECT 'invoiceDate', invoice_date_text FROM order_lines
      WHERE reason = 'unreadable' AND invoiced_at IS NULL
  ) GROUP BY field ORDER BY lines DESC`;
