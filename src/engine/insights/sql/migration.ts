/**
 * Customers as of an earlier date. Once per file, the kept lines are added up per customer, invoice
 * and moment (`invoice_moments`, about a tenth of the lines; an invoice's lines may carry several
 * moments, and it counts from the first), each customer named by their position
 * in the current customer columns (segments/sql/tier-rules.ts CUSTOMER_COLUMNS), so the page can set
 * the earlier tiers beside the current ones. Amounts stay DECIMAL, so the sums are exact.
 */
const CURRENT_POSITIONS = `
  SELECT customer_id, (row_number() OVER (ORDER BY last_purchase_at DESC, customer_id) - 1)::INTEGER AS current_index
  FROM customers`;

export const CREATE_INVOICE_MOMENTS = `
  CREATE OR REPLACE TABLE invoice_moments AS
  WITH moments AS (
    SELECT current_index, invoice, invoiced_at, sum(quantity * unit_price) AS amount
    FROM order_lines JOIN (${CURRENT_POSITIONS}) AS positions USING (customer_id)
    WHERE reason = 'kept'
    GROUP BY ALL
  )
  SELECT current_index, invoiced_at, amount,
         -- An invoice counts from its first moment on: counting these rows needs no DISTINCT.
         row_number() OVER (PARTITION BY current_index, invoice ORDER BY invoiced_at) = 1 AS invoice_starts
  FROM moments`;

/**
 * The customers who had bought before the date (the one parameter, YYYY-MM-DD), added up as the load
 * adds up every line (load/sql/customers.ts): latest last purchase first.
 */
export const AS_OF_COLUMNS = `
  SELECT current_index::DOUBLE AS current_index,
         epoch_us(max(invoiced_at))::DOUBLE AS last_purchase_micros,
         count(*) FILTER (WHERE invoice_starts)::DOUBLE AS frequency,
         (round(sum(amount), 2) * 100)::DOUBLE AS monetary_cents
  FROM invoice_moments
  WHERE invoiced_at < ?::DATE::TIMESTAMP
  GROUP BY current_index
  ORDER BY max(invoiced_at) DESC, current_index`;

/**
 * The ids of some customers, by their positions in the current columns (the one parameter: the
 * positions joined by commas, a value like any other, never SQL text).
 */
export const CUSTOMER_IDS_AT = `
  WITH wanted AS (SELECT unnest(string_split(?, ','))::INTEGER AS current_index)
  SELECT current.current_index::DOUBLE AS current_index, current.customer_id
  FROM (${CURRENT_POSITIONS}) AS current JOIN wanted USING (current_index)`;
