/**
 * Stage 5 (predictions): purchase days, and every customer's history as seen at a cutoff. A customer's
 * lines on one calendar day are one purchase, as the BG/NBD literature and `lifetimes` count, worth
 * the day's Σ quantity × unit price.
 *
 * The models ask *when* customers buy, not how much, so a line given away at a price of exactly zero
 * (a free item, a 100% discount) counts as a purchase worth 0 here, although cleaning sets it aside
 * from the RFM money figures. A negative price is a bookkeeping entry, not a visit, and stays out;
 * so do lines without a customer, cancelled, with no positive quantity or unreadable. The published
 * CDNOW fits count the same way: there, 8 of 2,357 customers' only purchase was worth $0.00.
 */
export const CREATE_PURCHASE_DAYS = `
  CREATE OR REPLACE TABLE purchase_days AS
  SELECT customer_id, invoiced_at::DATE AS day, sum(quantity * unit_price) AS value
  FROM order_lines
  WHERE reason = 'kept'
     OR (reason = 'non_positive_price' AND unit_price = 0 AND quantity > 0
         AND invoiced_at IS NOT NULL AND invoice <> '')
  GROUP BY customer_id, invoiced_at::DATE`;

/**
 * One row per customer whose first purchase is on or before the cutoff (parameter 1, inclusive),
 * in customer order: x (purchase days after the first), t_x and T in days, z̄ (mean value of the
 * repeat days, exact in DECIMAL until the division), the gap between the last two purchase days,
 * purchase days in the 90 days up to the cutoff, and purchase days after it: within the next
 * `window_days` (parameter 3) and up to the end of the period looked at (parameter 2, inclusive).
 */
export const CUSTOMER_HISTORIES = `
  WITH bounds AS (
    SELECT ?::DATE AS cutoff, ?::DATE AS later_end, ?::INTEGER AS window_days
  ),
  known AS (
    SELECT customer_id, day, value, cutoff,
           day - lag(day) OVER (PARTITION BY customer_id ORDER BY day) AS gap
    FROM purchase_days, bounds
    WHERE day <= cutoff
  ),
  history AS (
    SELECT customer_id,
           count(*) - 1 AS x,
           max(day) - min(day) AS tx_days,
           cutoff - min(day) AS t_days,
           sum(value) AS total_value,
           sum(value) - arg_min(value, day) AS repeat_value,
           arg_max(gap, day) AS last_gap_days,
           count(*) FILTER (WHERE day > cutoff - 90) AS recent_purchase_days
    FROM known
    GROUP BY customer_id, cutoff
  ),
  later AS (
    SELECT customer_id,
           count(*) FILTER (WHERE day <= cutoff + window_days) AS next_purchase_days,
           count(*) AS later_purchase_days
    FROM purchase_days, bounds
    WHERE day > cutoff AND day <= later_end
    GROUP BY customer_id
  )
  SELECT customer_id,
         x::INTEGER AS x,
         tx_days::INTEGER AS tx_days,
         t_days::INTEGER AS t_days,
         CASE WHEN x > 0 THEN repeat_value::DOUBLE / x ELSE 0 END AS zbar,
         total_value::DOUBLE AS total_value,
         last_gap_days::INTEGER AS last_gap_days,
         recent_purchase_days::INTEGER AS recent_purchase_days,
         coalesce(next_purchase_days, 0)::INTEGER AS next_purchase_days,
         coalesce(later_purchase_days, 0)::INTEGER AS later_purchase_days
  FROM history LEFT JOIN later USING (customer_id)
  ORDER BY customer_id`;

/** The first and last purchase day, for the default calibration end and its limits. */
export const PURCHASE_DAY_SPAN = `
  SELECT strftime(min(day), '%Y-%m-%d') AS first_day, strftime(max(day), '%Y-%m-%d') AS last_day
  FROM purchase_days`;
