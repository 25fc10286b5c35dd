/**
 * Stage 4: R, F and M scores from 1 to 5, and the named RFM segments.
 *
 * The score rule (one rule for all three, ties included): let b be the number of customers with a
 * strictly worse value (an earlier last purchase; fewer invoices; less money) and n the number of
 * customers. Then score = 1 + ⌊5·b / n⌋, i.e. 1 + ⌊5·(rank − 1) / n⌋ with SQL's rank(), which gives
 * equal values the same rank. So customers with equal values always share a score; without ties each
 * score holds a fifth of the customers; and a skewed measure (most customers with one invoice) still
 * spreads the rest over the higher scores instead of collapsing into one score.
 *
 * Recency is ranked by the last purchase date, which orders customers exactly as recency does for any
 * reference date, so the scores are computed once per file, in integers, and kept as three more
 * columns of `customers` (the tier macro passes them through): no join when segmenting.
 */
export function withCustomerScores(customers: string): string {
  return `
  SELECT
    *,
    (1 + (5 * (rank() OVER (ORDER BY last_purchase_date) - 1)) // count(*) OVER ())::INTEGER AS r_score,
    (1 + (5 * (rank() OVER (ORDER BY frequency) - 1)) // count(*) OVER ())::INTEGER AS f_score,
    (1 + (5 * (rank() OVER (ORDER BY monetary) - 1)) // count(*) OVER ())::INTEGER AS m_score
  FROM ${customers}`;
}

/** The scores added to an existing customers table (a load writes both at once: load/sql/customers.ts). */
export const CREATE_CUSTOMER_SCORES = `CREATE OR REPLACE TABLE customers AS ${withCustomerScores('customers')}`;

/**
 * The rule table as a 125-row lookup: `codes` is model/rfm-segments.ts `segmentCodes(rules)`, the
 * segment of each score combination in r-major order, bound as one parameter.
 */
export const CREATE_RFM_SEGMENT_MACRO = `
  CREATE OR REPLACE MACRO rfm_segment_map(codes) AS TABLE
  SELECT
    (i // 25 + 1)::INTEGER AS r_score,
    (i // 5 % 5 + 1)::INTEGER AS f_score,
    (i % 5 + 1)::INTEGER AS m_score,
    string_split(codes, ',')[i + 1] AS rfm_segment
  FROM range(125) AS combinations(i)`;

/**
 * Customers and revenue per combination of scores: at most 125 rows, fetched once per file. Any rule
 * table's segment totals are sums of these cells (model/rfm-totals.ts), so editing a rule needs no
 * query at all. Revenue is in whole cents, exact as a double, so those sums stay exact to the cent.
 */
export const RFM_CELLS = `
  SELECT r_score, f_score, m_score, count(*)::INTEGER AS customers, (sum(monetary) * 100)::DOUBLE AS revenue_cents
  FROM customers
  GROUP BY r_score, f_score, m_score
  ORDER BY r_score, f_score, m_score`;

/**
 * The values each score covers, per measure (parameter: the reference date). Recency is in days
 * before the reference date, so a higher R score has fewer days.
 */
export const SCORE_BOUNDARIES = `
  WITH scored AS (
    SELECT *, (?::DATE - last_purchase_date)::INTEGER AS recency_days
    FROM customers
  )
  SELECT 'recency' AS measure, r_score AS score, count(*)::INTEGER AS customers,
         min(recency_days)::DOUBLE AS low, max(recency_days)::DOUBLE AS high
  FROM scored GROUP BY r_score
  UNION ALL
  SELECT 'frequency', f_score, count(*)::INTEGER, min(frequency)::DOUBLE, max(frequency)::DOUBLE
  FROM scored GROUP BY f_score
  UNION ALL
  SELECT 'monetary', m_score, count(*)::INTEGER, min(monetary)::DOUBLE, max(monetary)::DOUBLE
  FROM scored GROUP BY m_score
  ORDER BY measure, score`;

/** The R×F grid: customers and average spend per cell. */
export const RF_GRID = `
  SELECT r_score, f_score, count(*)::INTEGER AS customers, avg(monetary)::DOUBLE AS average_monetary
  FROM customers
  GROUP BY r_score, f_score
  ORDER BY r_score, f_score`;

/**
 * Every customer with tier and named segment side by side, for the tables, the explorer and the
 * export: the tier macro (segments.ts) joined with the 125-row rule lookup.
 */
export const CREATE_SCORED_MACRO = `
  CREATE OR REPLACE MACRO scored_customers(reference_date, value_percentile, active_days, codes) AS TABLE
  SELECT *
  FROM segmented_customers(reference_date, value_percentile, active_days)
  JOIN rfm_segment_map(codes) USING (r_score, f_score, m_score)`;
