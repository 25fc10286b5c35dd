-- Retention Engine customer table (v1) in BigQuery SQL.
-- Reads a table named orders (rename it below) with one row per order line:
--   customer_id  text       the customer id or e-mail address (lower-case e-mail addresses first)
--   order_id     text       the order (invoice) number
--   ordered_at   DATETIME   the order's date and time, the shop's wall clock
--   quantity     number     units on the line
--   unit_price   number     price of one unit
-- with cancelled, unpaid and test orders already left out. Lines with no customer, no positive
-- quantity or a negative price are left out here; free lines (price 0) count as a visit only.
-- Save the result as a table (CREATE TABLE … AS) or export it as Parquet or CSV, then drop the
-- file on Retention Engine.
WITH lines AS (
    SELECT customer_id, order_id, ordered_at, quantity, unit_price
    FROM orders
    WHERE customer_id IS NOT NULL AND customer_id <> '' AND order_id IS NOT NULL AND order_id <> ''
      AND ordered_at IS NOT NULL AND quantity > 0 AND unit_price >= 0
  ),
  kept AS (
    SELECT * FROM lines WHERE unit_price > 0
  ),
  customers AS (
    SELECT customer_id, MIN(ordered_at) AS first_purchase_at, MAX(ordered_at) AS last_purchase_at,
      COUNT(DISTINCT order_id) AS frequency, ROUND(SUM(quantity * unit_price), 2) AS monetary
    FROM kept GROUP BY customer_id
  ),
  bounds AS (
    SELECT CAST(MAX(last_purchase_at) AS DATE) AS observation_end, DATE_ADD(CAST(MAX(last_purchase_at) AS DATE), INTERVAL -90 DAY) AS calibration_end
    FROM customers
  ),
  earlier AS (
    SELECT kept.customer_id, COUNT(DISTINCT kept.order_id) AS prior_frequency,
      ROUND(SUM(kept.quantity * kept.unit_price), 2) AS prior_monetary, MAX(kept.ordered_at) AS prior_last_purchase_at
    FROM kept CROSS JOIN bounds
    WHERE CAST(kept.ordered_at AS DATE) <= bounds.calibration_end
    GROUP BY kept.customer_id
  ),
  purchase_days AS (
    SELECT customer_id, CAST(ordered_at AS DATE) AS purchase_day, SUM(quantity * unit_price) AS day_value
    FROM lines GROUP BY customer_id, CAST(ordered_at AS DATE)
  ),
  day_gaps AS (
    SELECT customer_id, purchase_day, day_value,
      DATE_DIFF(purchase_day, LAG(purchase_day) OVER (PARTITION BY customer_id ORDER BY purchase_day), DAY) AS gap,
      MIN(purchase_day) OVER (PARTITION BY customer_id) AS first_day
    FROM purchase_days
  ),
  cutoffs AS (
    SELECT 'now' AS period, observation_end AS cutoff, observation_end AS later_end FROM bounds
    UNION ALL SELECT 'cal' AS period, calibration_end AS cutoff, observation_end AS later_end FROM bounds
    UNION ALL SELECT 'w1' AS period, DATE_ADD(calibration_end, INTERVAL -30 DAY) AS cutoff, calibration_end AS later_end FROM bounds
    UNION ALL SELECT 'w2' AS period, DATE_ADD(calibration_end, INTERVAL -60 DAY) AS cutoff, DATE_ADD(calibration_end, INTERVAL -30 DAY) AS later_end FROM bounds
    UNION ALL SELECT 'w3' AS period, DATE_ADD(calibration_end, INTERVAL -90 DAY) AS cutoff, DATE_ADD(calibration_end, INTERVAL -60 DAY) AS later_end FROM bounds
    UNION ALL SELECT 'w4' AS period, DATE_ADD(calibration_end, INTERVAL -120 DAY) AS cutoff, DATE_ADD(calibration_end, INTERVAL -90 DAY) AS later_end FROM bounds
    UNION ALL SELECT 'w5' AS period, DATE_ADD(calibration_end, INTERVAL -150 DAY) AS cutoff, DATE_ADD(calibration_end, INTERVAL -120 DAY) AS later_end FROM bounds
    UNION ALL SELECT 'w6' AS period, DATE_ADD(calibration_end, INTERVAL -180 DAY) AS cutoff, DATE_ADD(calibration_end, INTERVAL -150 DAY) AS later_end FROM bounds
  ),
  period_days AS (
    SELECT day_gaps.*, cutoffs.period, cutoffs.cutoff, cutoffs.later_end,
      MAX(CASE WHEN day_gaps.purchase_day <= cutoffs.cutoff THEN day_gaps.purchase_day END) OVER (PARTITION BY day_gaps.customer_id, cutoffs.period) AS last_day
    FROM day_gaps CROSS JOIN cutoffs
  ),
  histories AS (
    SELECT customer_id, period,
      SUM(CASE WHEN purchase_day <= cutoff THEN 1 ELSE 0 END) - 1 AS x,
      DATE_DIFF(MAX(last_day), MIN(first_day), DAY) AS tx_days,
      DATE_DIFF(MIN(cutoff), MIN(first_day), DAY) AS t_days,
      SUM(CASE WHEN purchase_day <= cutoff THEN day_value ELSE 0 END) AS total_value,
      SUM(CASE WHEN purchase_day <= cutoff AND purchase_day > first_day THEN day_value ELSE 0 END) AS repeat_value,
      MAX(CASE WHEN purchase_day = last_day THEN gap END) AS last_gap_days,
      SUM(CASE WHEN purchase_day <= cutoff AND purchase_day > DATE_ADD(cutoff, INTERVAL -90 DAY) THEN 1 ELSE 0 END) AS recent_purchase_days,
      SUM(CASE WHEN purchase_day > cutoff AND purchase_day <= later_end AND purchase_day <= DATE_ADD(cutoff, INTERVAL 30 DAY) THEN 1 ELSE 0 END) AS next_purchase_days,
      SUM(CASE WHEN purchase_day > cutoff AND purchase_day <= later_end THEN 1 ELSE 0 END) AS later_purchase_days
    FROM period_days
    GROUP BY customer_id, period
    HAVING MIN(first_day) <= MIN(cutoff)
  ),
  pivoted AS (
    SELECT customer_id,
      MAX(CASE WHEN period = 'now' THEN x END) AS x,
      MAX(CASE WHEN period = 'now' THEN tx_days END) AS tx_days,
      MAX(CASE WHEN period = 'now' THEN t_days END) AS t_days,
      MAX(CASE WHEN period = 'now' THEN CASE WHEN x > 0 THEN CAST(repeat_value AS FLOAT64) / x ELSE 0 END END) AS zbar,
      MAX(CASE WHEN period = 'now' THEN CAST(total_value AS FLOAT64) END) AS total_value,
      MAX(CASE WHEN period = 'now' THEN last_gap_days END) AS last_gap_days,
      MAX(CASE WHEN period = 'now' THEN recent_purchase_days END) AS recent_purchase_days,
      MAX(CASE WHEN period = 'cal' THEN x END) AS cal_x,
      MAX(CASE WHEN period = 'cal' THEN tx_days END) AS cal_tx_days,
      MAX(CASE WHEN period = 'cal' THEN t_days END) AS cal_t_days,
      MAX(CASE WHEN period = 'cal' THEN CASE WHEN x > 0 THEN CAST(repeat_value AS FLOAT64) / x ELSE 0 END END) AS cal_zbar,
      MAX(CASE WHEN period = 'cal' THEN CAST(total_value AS FLOAT64) END) AS cal_total_value,
      MAX(CASE WHEN period = 'cal' THEN last_gap_days END) AS cal_last_gap_days,
      MAX(CASE WHEN period = 'cal' THEN recent_purchase_days END) AS cal_recent_purchase_days,
      MAX(CASE WHEN period = 'cal' THEN next_purchase_days END) AS cal_next_purchase_days,
      MAX(CASE WHEN period = 'cal' THEN later_purchase_days END) AS cal_later_purchase_days,
      MAX(CASE WHEN period = 'w1' THEN x END) AS w1_x,
      MAX(CASE WHEN period = 'w1' THEN tx_days END) AS w1_tx_days,
      MAX(CASE WHEN period = 'w1' THEN t_days END) AS w1_t_days,
      MAX(CASE WHEN period = 'w1' THEN CAST(total_value AS FLOAT64) END) AS w1_total_value,
      MAX(CASE WHEN period = 'w1' THEN last_gap_days END) AS w1_last_gap_days,
      MAX(CASE WHEN period = 'w1' THEN recent_purchase_days END) AS w1_recent_purchase_days,
      MAX(CASE WHEN period = 'w1' THEN next_purchase_days END) AS w1_next_purchase_days,
      MAX(CASE WHEN period = 'w2' THEN x END) AS w2_x,
      MAX(CASE WHEN period = 'w2' THEN tx_days END) AS w2_tx_days,
      MAX(CASE WHEN period = 'w2' THEN t_days END) AS w2_t_days,
      MAX(CASE WHEN period = 'w2' THEN CAST(total_value AS FLOAT64) END) AS w2_total_value,
      MAX(CASE WHEN period = 'w2' THEN last_gap_days END) AS w2_last_gap_days,
      MAX(CASE WHEN period = 'w2' THEN recent_purchase_days END) AS w2_recent_purchase_days,
      MAX(CASE WHEN period = 'w2' THEN next_purchase_days END) AS w2_next_purchase_days,
      MAX(CASE WHEN period = 'w3' THEN x END) AS w3_x,
      MAX(CASE WHEN period = 'w3' THEN tx_days END) AS w3_tx_days,
      MAX(CASE WHEN period = 'w3' THEN t_days END) AS w3_t_days,
      MAX(CASE WHEN period = 'w3' THEN CAST(total_value AS FLOAT64) END) AS w3_total_value,
      MAX(CASE WHEN period = 'w3' THEN last_gap_days END) AS w3_last_gap_days,
      MAX(CASE WHEN period = 'w3' THEN recent_purchase_days END) AS w3_recent_purchase_days,
      MAX(CASE WHEN period = 'w3' THEN next_purchase_days END) AS w3_next_purchase_days,
      MAX(CASE WHEN period = 'w4' THEN x END) AS w4_x,
      MAX(CASE WHEN period = 'w4' THEN tx_days END) AS w4_tx_days,
      MAX(CASE WHEN period = 'w4' THEN t_days END) AS w4_t_days,
      MAX(CASE WHEN period = 'w4' THEN CAST(total_value AS FLOAT64) END) AS w4_total_value,
      MAX(CASE WHEN period = 'w4' THEN last_gap_days END) AS w4_last_gap_days,
      MAX(CASE WHEN period = 'w4' THEN recent_purchase_days END) AS w4_recent_purchase_days,
      MAX(CASE WHEN period = 'w4' THEN next_purchase_days END) AS w4_next_purchase_days,
      MAX(CASE WHEN period = 'w5' THEN x END) AS w5_x,
      MAX(CASE WHEN period = 'w5' THEN tx_days END) AS w5_tx_days,
      MAX(CASE WHEN period = 'w5' THEN t_days END) AS w5_t_days,
      MAX(CASE WHEN period = 'w5' THEN CAST(total_value AS FLOAT64) END) AS w5_total_value,
      MAX(CASE WHEN period = 'w5' THEN last_gap_days END) AS w5_last_gap_days,
      MAX(CASE WHEN period = 'w5' THEN recent_purchase_days END) AS w5_recent_purchase_days,
      MAX(CASE WHEN period = 'w5' THEN next_purchase_days END) AS w5_next_purchase_days,
      MAX(CASE WHEN period = 'w6' THEN x END) AS w6_x,
      MAX(CASE WHEN period = 'w6' THEN tx_days END) AS w6_tx_days,
      MAX(CASE WHEN period = 'w6' THEN t_days END) AS w6_t_days,
      MAX(CASE WHEN period = 'w6' THEN CAST(total_value AS FLOAT64) END) AS w6_total_value,
      MAX(CASE WHEN period = 'w6' THEN last_gap_days END) AS w6_last_gap_days,
      MAX(CASE WHEN period = 'w6' THEN recent_purchase_days END) AS w6_recent_purchase_days,
      MAX(CASE WHEN period = 'w6' THEN next_purchase_days END) AS w6_next_purchase_days
    FROM histories GROUP BY customer_id
  ),
  everyone AS (
    SELECT customer_id FROM purchase_days GROUP BY customer_id
  )
SELECT CAST('v1' AS STRING) AS retention_engine_customer_table,
  CAST(everyone.customer_id AS STRING) AS customer_id,
  CAST(CASE WHEN everyone.customer_id LIKE '%@%' THEN everyone.customer_id END AS STRING) AS email,
  CAST(customers.first_purchase_at AS DATETIME) AS first_purchase_at,
  CAST(customers.last_purchase_at AS DATETIME) AS last_purchase_at,
  CAST(COALESCE(customers.frequency, 0) AS INT64) AS frequency,
  CAST(COALESCE(customers.monetary, 0) AS NUMERIC) AS monetary,
  CAST(bounds.observation_end AS DATE) AS observation_end,
  CAST(bounds.calibration_end AS DATE) AS calibration_end,
  CAST(COALESCE(earlier.prior_frequency, 0) AS INT64) AS prior_frequency,
  CAST(COALESCE(earlier.prior_monetary, 0) AS NUMERIC) AS prior_monetary,
  CAST(earlier.prior_last_purchase_at AS DATETIME) AS prior_last_purchase_at,
  CAST(pivoted.x AS INT64) AS x,
  CAST(pivoted.tx_days AS INT64) AS tx_days,
  CAST(pivoted.t_days AS INT64) AS t_days,
  CAST(pivoted.zbar AS FLOAT64) AS zbar,
  CAST(pivoted.total_value AS FLOAT64) AS total_value,
  CAST(pivoted.last_gap_days AS INT64) AS last_gap_days,
  CAST(pivoted.recent_purchase_days AS INT64) AS recent_purchase_days,
  CAST(pivoted.cal_x AS INT64) AS cal_x,
  CAST(pivoted.cal_tx_days AS INT64) AS cal_tx_days,
  CAST(pivoted.cal_t_days AS INT64) AS cal_t_days,
  CAST(pivoted.cal_zbar AS FLOAT64) AS cal_zbar,
  CAST(pivoted.cal_total_value AS FLOAT64) AS cal_total_value,
  CAST(pivoted.cal_last_gap_days AS INT64) AS cal_last_gap_days,
  CAST(pivoted.cal_recent_purchase_days AS INT64) AS cal_recent_purchase_days,
  CAST(pivoted.cal_next_purchase_days AS INT64) AS cal_next_purchase_days,
  CAST(pivoted.cal_later_purchase_days AS INT64) AS cal_later_purchase_days,
  CAST(pivoted.w1_x AS INT64) AS w1_x,
  CAST(pivoted.w1_tx_days AS INT64) AS w1_tx_days,
  CAST(pivoted.w1_t_days AS INT64) AS w1_t_days,
  CAST(pivoted.w1_total_value AS FLOAT64) AS w1_total_value,
  CAST(pivoted.w1_last_gap_days AS INT64) AS w1_last_gap_days,
  CAST(pivoted.w1_recent_purchase_days AS INT64) AS w1_recent_purchase_days,
  CAST(pivoted.w1_next_purchase_days AS INT64) AS w1_next_purchase_days,
  CAST(pivoted.w2_x AS INT64) AS w2_x,
  CAST(pivoted.w2_tx_days AS INT64) AS w2_tx_days,
  CAST(pivoted.w2_t_days AS INT64) AS w2_t_days,
  CAST(pivoted.w2_total_value AS FLOAT64) AS w2_total_value,
  CAST(pivoted.w2_last_gap_days AS INT64) AS w2_last_gap_days,
  CAST(pivoted.w2_recent_purchase_days AS INT64) AS w2_recent_purchase_days,
  CAST(pivoted.w2_next_purchase_days AS INT64) AS w2_next_purchase_days,
  CAST(pivoted.w3_x AS INT64) AS w3_x,
  CAST(pivoted.w3_tx_days AS INT64) AS w3_tx_days,
  CAST(pivoted.w3_t_days AS INT64) AS w3_t_days,
  CAST(pivoted.w3_total_value AS FLOAT64) AS w3_total_value,
  CAST(pivoted.w3_last_gap_days AS INT64) AS w3_last_gap_days,
  CAST(pivoted.w3_recent_purchase_days AS INT64) AS w3_recent_purchase_days,
  CAST(pivoted.w3_next_purchase_days AS INT64) AS w3_next_purchase_days,
  CAST(pivoted.w4_x AS INT64) AS w4_x,
  CAST(pivoted.w4_tx_days AS INT64) AS w4_tx_days,
  CAST(pivoted.w4_t_days AS INT64) AS w4_t_days,
  CAST(pivoted.w4_total_value AS FLOAT64) AS w4_total_value,
  CAST(pivoted.w4_last_gap_days AS INT64) AS w4_last_gap_days,
  CAST(pivoted.w4_recent_purchase_days AS INT64) AS w4_recent_purchase_days,
  CAST(pivoted.w4_next_purchase_days AS INT64) AS w4_next_purchase_days,
  CAST(pivoted.w5_x AS INT64) AS w5_x,
  CAST(pivoted.w5_tx_days AS INT64) AS w5_tx_days,
  CAST(pivoted.w5_t_days AS INT64) AS w5_t_days,
  CAST(pivoted.w5_total_value AS FLOAT64) AS w5_total_value,
  CAST(pivoted.w5_last_gap_days AS INT64) AS w5_last_gap_days,
  CAST(pivoted.w5_recent_purchase_days AS INT64) AS w5_recent_purchase_days,
  CAST(pivoted.w5_next_purchase_days AS INT64) AS w5_next_purchase_days,
  CAST(pivoted.w6_x AS INT64) AS w6_x,
  CAST(pivoted.w6_tx_days AS INT64) AS w6_tx_days,
  CAST(pivoted.w6_t_days AS INT64) AS w6_t_days,
  CAST(pivoted.w6_total_value AS FLOAT64) AS w6_total_value,
  CAST(pivoted.w6_last_gap_days AS INT64) AS w6_last_gap_days,
  CAST(pivoted.w6_recent_purchase_days AS INT64) AS w6_recent_purchase_days,
  CAST(pivoted.w6_next_purchase_days AS INT64) AS w6_next_purchase_days
FROM everyone
CROSS JOIN bounds
LEFT JOIN customers ON customers.customer_id = everyone.customer_id
LEFT JOIN earlier ON earlier.customer_id = everyone.customer_id
LEFT JOIN pivoted ON pivoted.customer_id = everyone.customer_id
ORDER BY customer_id;
