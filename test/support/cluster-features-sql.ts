/**
 * The cluster features as the issue defines them, computed in SQL apart from the app's TypeScript:
 * ln(1 + R), ln(1 + F), ln(1 + M) over the `customers` table, each standardised by the population
 * mean and deviation (a constant measure is 0). Parameter: the reference date. One row per
 * customer, by customer id.
 */
export const CLUSTER_FEATURES_SQL = `
  WITH logs AS (
    SELECT customer_id, ln(1 + greatest(0, ?::DATE - last_purchase_date)) AS r, ln(1 + frequency) AS f, ln(1 + monetary::DOUBLE) AS m
    FROM customers
  )
  SELECT customer_id,
         coalesce((r - avg(r) OVER ()) / nullif(stddev_pop(r) OVER (), 0), 0) AS r,
         coalesce((f - avg(f) OVER ()) / nullif(stddev_pop(f) OVER (), 0), 0) AS f,
         coalesce((m - avg(m) OVER ()) / nullif(stddev_pop(m) OVER (), 0), 0) AS m
  FROM logs
  ORDER BY customer_id`;
