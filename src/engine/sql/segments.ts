/**
 * Stage 3: tiers. A table macro keeps the rule in one place; every view below (summary, reports,
 * tables, exports) reads from it with the user's thresholds bound as parameters, so a threshold
 * change re-segments without re-reading the file.
 *
 * high value = monetary ≥ quantile_cont(monetary, P/100) over all customers; active = recency ≤ D.
 */
import { PREDICTION_EXPORT_JOIN, PREDICTION_EXPORT_SELECT } from './predictions';

export const CREATE_SEGMENT_MACRO = `
  CREATE OR REPLACE MACRO segmented_customers(reference_date, value_percentile, active_days) AS TABLE
  WITH threshold AS (
    SELECT quantile_cont(monetary::DOUBLE, value_percentile / 100) AS value_threshold FROM customers
  ),
  measured AS (
    SELECT
      customers.*, -- every column of a customer, the RFM scores (scores.ts) included
      (reference_date::DATE - last_purchase_date)::INTEGER AS recency_days,
      monetary::DOUBLE >= value_threshold AS high_value
    FROM customers, threshold
  )
  SELECT *,
    CASE
      WHEN high_value AND recency_days <= active_days THEN 'champion'
      WHEN high_value THEN 'at_risk_whale'
      WHEN recency_days <= active_days THEN 'average'
      ELSE 'hibernating'
    END AS segment
  FROM measured`;

const SEGMENTED = 'segmented_customers(?, ?, ?)';

export const VALUE_THRESHOLD = `
  SELECT quantile_cont(monetary::DOUBLE, ? / 100) AS value_threshold FROM customers`;

export const SEGMENT_SUMMARY = `
  SELECT segment, count(*)::INTEGER AS customers, sum(monetary)::DOUBLE AS revenue
  FROM ${SEGMENTED} GROUP BY segment`;

const CUSTOMER_COLUMNS = `
  customer_id, recency_days, frequency, monetary::DOUBLE AS monetary, segment,
  strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
  strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date`;

/** Customers of one segment (or all when the segment parameter is NULL), biggest spenders first. */
export const SEGMENT_CUSTOMERS = `
  SELECT ${CUSTOMER_COLUMNS}
  FROM ${SEGMENTED}
  WHERE ?::VARCHAR IS NULL OR segment = ?
  ORDER BY monetary DESC, customer_id
  LIMIT ? OFFSET ?`;

/**
 * Export rows: monetary as exact text with two decimals, straight from the DECIMAL; the RFM scores
 * and named segment from scored_customers (scores.ts). Parameters: reference date, percentile,
 * active days, RFM codes, tier ×2, named segment ×2. Sorted by the DECIMAL (`scored.monetary`), not
 * by its text. The model predictions (predictions.ts) come last, empty until the models have run.
 */
export const EXPORT_CUSTOMERS = `
  SELECT customer_id, recency_days, frequency, monetary::VARCHAR AS monetary, segment,
         strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
         strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date,
         r_score, f_score, m_score, rfm_segment,${PREDICTION_EXPORT_SELECT}
  FROM scored_customers(?, ?, ?, ?) AS scored
  ${PREDICTION_EXPORT_JOIN}
  WHERE (?::VARCHAR IS NULL OR segment = ?) AND (?::VARCHAR IS NULL OR rfm_segment = ?)
  ORDER BY scored.monetary DESC, customer_id`;
