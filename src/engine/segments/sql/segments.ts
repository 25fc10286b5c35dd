/**
 * Stage 3: tiers. A table macro keeps the rule in one place; every view below (summary, reports,
 * tables, exports) reads from it with the user's thresholds bound as parameters, so a threshold
 * change re-segments without re-reading the file.
 *
 * high value = monetary ≥ quantile_cont(monetary, P/100) over all customers; active = recency ≤ D.
 */
import { PREDICTION_EXPORT_JOIN, PREDICTION_EXPORT_SELECT } from '../../predict/sql/predictions';
import { CUSTOMER_CONTACTS } from '../../campaigns/sql/customer-facts';

/**
 * The value threshold of every whole percentile, computed once per file in one sort. The percentile
 * is a whole number (the UI asks for one; segment-view.ts refuses others), so a threshold change
 * looks its threshold up instead of sorting every customer's spend again, which in the browser was
 * the largest part of re-segmenting 100,000 customers.
 */
export const CREATE_VALUE_THRESHOLDS = `
  CREATE OR REPLACE TABLE value_thresholds AS
  SELECT unnest(range(101))::INTEGER AS percentile,
         unnest(quantile_cont(monetary::DOUBLE, [${Array.from({ length: 101 }, (_, percentile) => percentile / 100).join(', ')}])) AS threshold
  FROM customers`;

/**
 * Customers and revenue per (value level, last purchase day), once per file. A customer's value
 * level is the highest whole percentile whose threshold they reach, so "high value at P" is "level
 * ≥ P", the same test as the macro's below; and "active" depends only on the day of the last
 * purchase. So every tier total, for any percentile, active window and reference date, is a sum
 * over these cells (model/tier-totals.ts), made on the page without a query. Revenue is in whole
 * cents, exact as a double; days count from 1970-01-01.
 */
export const TIER_CELLS = `
  WITH levels AS (
    SELECT threshold, max(percentile) AS value_level FROM value_thresholds GROUP BY threshold
  )
  SELECT value_level::INTEGER AS value_level,
         (last_purchase_date - DATE '1970-01-01')::INTEGER AS last_day,
         count(*)::INTEGER AS customers,
         (sum(monetary) * 100)::DOUBLE AS revenue_cents
  FROM customers ASOF JOIN levels ON monetary::DOUBLE >= levels.threshold
  GROUP BY ALL
  ORDER BY ALL`;

export const VALUE_THRESHOLD_LIST = 'SELECT threshold FROM value_thresholds ORDER BY percentile';

/**
 * Every customer with recency, the two halves of the rule (high_value, active) and the tier they
 * make. Views that want one tier filter on the two booleans (TIER_FILTER), which costs half as much
 * as comparing the tier's name for every customer.
 */
export const CREATE_SEGMENT_MACRO = `
  CREATE OR REPLACE MACRO segmented_customers(reference_date, value_percentile, active_days) AS TABLE
  WITH measured AS (
    SELECT
      customers.*, -- every column of a customer, the RFM scores (scores.ts) included
      (reference_date::DATE - last_purchase_date)::INTEGER AS recency_days,
      (SELECT threshold FROM value_thresholds WHERE percentile = value_percentile) AS value_threshold
    FROM customers
  ),
  classified AS (
    SELECT *, monetary::DOUBLE >= value_threshold AS high_value, recency_days <= active_days AS active
    FROM measured
  )
  SELECT *,
    CASE
      WHEN high_value AND active THEN 'champion'
      WHEN high_value THEN 'at_risk_whale'
      WHEN active THEN 'average'
      ELSE 'hibernating'
    END AS segment
  FROM classified`;

/**
 * One tier, or all (parameters: high value, high value, active, from model/tiers.ts via
 * segment-view.ts; NULLs for all). The tiers are the four corners of the 2×2, so the two tests pick
 * exactly the tier's customers.
 */
export const TIER_FILTER = '(?::BOOLEAN IS NULL OR (high_value = ? AND active = ?))';

const SEGMENTED = 'segmented_customers(?, ?, ?)';

const CUSTOMER_COLUMNS = `
  customer_id, recency_days, frequency, monetary::DOUBLE AS monetary, segment,
  strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
  strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date`;

/**
 * Customers of one segment (or all when the segment parameter is NULL), biggest spenders first.
 * Dates are formatted after the page is cut, not for every customer.
 */
export const SEGMENT_CUSTOMERS = `
  SELECT ${CUSTOMER_COLUMNS}
  FROM (
    SELECT * FROM ${SEGMENTED}
    WHERE ${TIER_FILTER}
    ORDER BY monetary DESC, customer_id
    LIMIT ? OFFSET ?
  )
  ORDER BY monetary DESC, customer_id`;

/**
 * The two reports' lists in one statement (one round trip to the database): the biggest spenders
 * among the At-Risk Whales and among the Champions, the first ? of each. Parameters: the macro's
 * three, the limit, then the same four again.
 */
const REPORT_TIER = (active: boolean) => `
  (SELECT * FROM ${SEGMENTED} WHERE high_value AND ${active ? 'active' : 'NOT active'} ORDER BY monetary DESC, customer_id LIMIT ?)`;

export const REPORT_CUSTOMERS = `
  SELECT ${CUSTOMER_COLUMNS}
  FROM (${REPORT_TIER(false)} UNION ALL ${REPORT_TIER(true)})
  ORDER BY segment, monetary DESC, customer_id`;

/**
 * Export rows: monetary as exact text with two decimals, straight from the DECIMAL; the RFM scores
 * and named segment from scored_customers (scores.ts). Parameters: reference date, percentile,
 * active days, RFM codes, the tier filter's three, named segment ×2. Sorted by the DECIMAL (`scored.monetary`), not
 * by its text. Each customer's e-mail and currency (campaigns/sql/customer-facts.ts) follow the named segment;
 * the model predictions (predictions.ts) come last, empty until the models have run.
 */
export const EXPORT_CUSTOMERS = `
  SELECT customer_id, recency_days, frequency, monetary::VARCHAR AS monetary, segment,
         strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
         strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date,
         r_score, f_score, m_score, rfm_segment, contacts.email, contacts.currency,${PREDICTION_EXPORT_SELECT}
  FROM scored_customers(?, ?, ?, ?) AS scored
  LEFT JOIN (${CUSTOMER_CONTACTS}) AS contacts USING (customer_id)
  ${PREDICTION_EXPORT_JOIN}
  WHERE ${TIER_FILTER} AND (?::VARCHAR IS NULL OR rfm_segment = ?)
  ORDER BY scored.monetary DESC, customer_id`;
