/**
 * Aggregations behind the charts. Each returns at most a few hundred rows, whatever the number of
 * customers: the page draws summaries, it never receives the customer table.
 */
import type { RecencyBasis } from '../../../model/segments/tier-rules/rule-set';
import { customersWithRecency } from '../../segments/sql/tier-rules';

/** recency_days (counted as the tier rules count it), frequency and monetary of every customer (parameter: the reference date). */
const measures = (basis: RecencyBasis) => `
  SELECT recency_days::DOUBLE AS recency, frequency::DOUBLE AS frequency, monetary::DOUBLE AS monetary
  FROM (${customersWithRecency(basis)})`;

/** Smallest, median and largest value of each measure (parameter: the reference date). */
export const measureStatsSql = (basis: RecencyBasis) => `
  WITH measures AS (${measures(basis)})
  SELECT
    min(recency) AS recency_min, quantile_cont(recency, 0.5) AS recency_median, max(recency) AS recency_max,
    min(frequency) AS frequency_min, quantile_cont(frequency, 0.5) AS frequency_median, max(frequency) AS frequency_max,
    min(monetary) AS monetary_min, quantile_cont(monetary, 0.5) AS monetary_median, max(monetary) AS monetary_max
  FROM measures`;

/**
 * Customers per bin of one measure. Parameters: the reference date, then for recency, frequency and
 * monetary in turn: log scale (boolean), origin and width of the bins (in log10 units on a log scale).
 * A bin is ⌊(x − origin) / width⌋; the tiny offset keeps a value that sits exactly on an edge (10, 100)
 * in the bin it starts, despite rounding in log10.
 */
export const measureHistogramsSql = (basis: RecencyBasis) => `
  WITH measures AS (${measures(basis)}),
  settings AS (
    SELECT ?::BOOLEAN AS recency_log, ?::DOUBLE AS recency_origin, ?::DOUBLE AS recency_width,
           ?::BOOLEAN AS frequency_log, ?::DOUBLE AS frequency_origin, ?::DOUBLE AS frequency_width,
           ?::BOOLEAN AS monetary_log, ?::DOUBLE AS monetary_origin, ?::DOUBLE AS monetary_width
  ),
  binned AS (
    SELECT
      floor(((CASE WHEN recency_log THEN log10(greatest(recency, 1e-9)) ELSE recency END) - recency_origin) / recency_width + 1e-9)::INTEGER AS recency_bin,
      floor(((CASE WHEN frequency_log THEN log10(frequency) ELSE frequency END) - frequency_origin) / frequency_width + 1e-9)::INTEGER AS frequency_bin,
      floor(((CASE WHEN monetary_log THEN log10(monetary) ELSE monetary END) - monetary_origin) / monetary_width + 1e-9)::INTEGER AS monetary_bin
    FROM measures, settings
  )
  SELECT 'recency' AS measure, recency_bin AS bin, count(*)::INTEGER AS customers FROM binned GROUP BY recency_bin
  UNION ALL SELECT 'frequency', frequency_bin, count(*)::INTEGER FROM binned GROUP BY frequency_bin
  UNION ALL SELECT 'monetary', monetary_bin, count(*)::INTEGER FROM binned GROUP BY monetary_bin
  ORDER BY measure, bin`;

/**
 * Revenue concentration: for p = 1 … 100, the share of all revenue that the top p% of customers
 * (⌈p·n/100⌉ customers, biggest spenders first) account for. Exact: DECIMAL sums, one division.
 */
export const REVENUE_CONCENTRATION = `
  WITH ranked AS (
    SELECT row_number() OVER spend AS rank, sum(monetary) OVER spend AS cumulative
    FROM customers
    WINDOW spend AS (ORDER BY monetary DESC, customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
  ),
  totals AS (SELECT count(*) AS customers, sum(monetary) AS revenue FROM customers)
  SELECT percents.p::INTEGER AS percent,
         ranked.rank::INTEGER AS customers,
         (ranked.rank / totals.customers)::DOUBLE AS customer_share,
         (ranked.cumulative / totals.revenue)::DOUBLE AS revenue_share
  FROM range(1, 101) AS percents(p)
  CROSS JOIN totals
  JOIN ranked ON ranked.rank = (percents.p * totals.customers + 99) // 100
  ORDER BY percent`;

/**
 * Monthly cohorts: customers by the month of their first purchase, and how many of them bought in
 * each month after it (0 = the first month itself). Months nobody bought in have no row; every row
 * carries the data's last day (YYYY-MM-DD), which tells those months from the ones after the data.
 */
export const MONTHLY_COHORTS = `
  WITH kept AS (SELECT customer_id, invoiced_at FROM order_lines WHERE reason = 'kept'),
  months AS (SELECT DISTINCT customer_id, date_trunc('month', invoiced_at)::DATE AS month FROM kept),
  cohorts AS (SELECT customer_id, min(month) AS cohort FROM months GROUP BY customer_id)
  SELECT strftime(cohort, '%Y-%m') AS cohort,
         date_diff('month', cohort, month)::INTEGER AS months_since,
         count(*)::INTEGER AS customers,
         (SELECT strftime(max(invoiced_at), '%Y-%m-%d') FROM kept) AS data_end
  FROM months JOIN cohorts USING (customer_id)
  GROUP BY cohort, months_since
  ORDER BY cohort, months_since`;
