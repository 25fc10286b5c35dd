/**
 * The customers as of an earlier date (the one parameter, YYYY-MM-DD): the kept lines dated before
 * it, added up as the load adds up every line (load/sql/customers.ts), each customer with their
 * position in the current customer columns (segments/sql/tier-rules.ts CUSTOMER_COLUMNS), so the page
 * can set the earlier tiers beside the current ones.
 */
const CURRENT_POSITIONS = `
  SELECT customer_id, (row_number() OVER (ORDER BY last_purchase_at DESC, customer_id) - 1)::DOUBLE AS current_index
  FROM customers`;

export const AS_OF_COLUMNS = `
  WITH before AS (
    SELECT customer_id,
           max(invoiced_at) AS last_purchase_at,
           count(DISTINCT invoice)::INTEGER AS frequency,
           round(sum(quantity * unit_price), 2) AS monetary
    FROM order_lines
    WHERE reason = 'kept' AND invoiced_at < ?::DATE::TIMESTAMP
    GROUP BY customer_id
  )
  SELECT current.current_index,
         epoch_us(before.last_purchase_at)::DOUBLE AS last_purchase_micros,
         before.frequency::DOUBLE AS frequency,
         (before.monetary * 100)::DOUBLE AS monetary_cents
  FROM before JOIN (${CURRENT_POSITIONS}) AS current USING (customer_id)
  ORDER BY before.last_purchase_at DESC, before.customer_id`;

/**
 * The ids of some customers, by their positions in the current columns (the one parameter: the
 * positions joined by commas, a value like any other, never SQL text).
 */
export const CUSTOMER_IDS_AT = `
  WITH wanted AS (SELECT unnest(string_split(?, ','))::DOUBLE AS current_index)
  SELECT current.current_index, current.customer_id
  FROM (${CURRENT_POSITIONS}) AS current JOIN wanted USING (current_index)`;
