/**
 * Stage 6 (predictions): the per-customer predictions table, written from the worker's typed arrays
 * (Connector.writeTable), and the queries that read it next to the tiers.
 */

/** The table's columns, in order; `customer_id` first. */
export const PREDICTION_COLUMNS = [
  'p_alive',
  'p_churn_30d',
  'expected_purchases_30d',
  'expected_purchases_90d',
  'expected_purchases_365d',
  'expected_order_value',
  'clv_12m',
  /** The expected next order's date as days since 1970-01-01; NULL when a next order is unlikely. */
  'next_order_day',
] as const;

export type PredictionColumn = (typeof PREDICTION_COLUMNS)[number];

/** Created empty with every load, so exports can join it before (or without) any prediction. */
export const CREATE_EMPTY_PREDICTIONS = `
  CREATE OR REPLACE TABLE customer_predictions (
    customer_id VARCHAR,
    ${PREDICTION_COLUMNS.map((column) => `${column} DOUBLE`).join(',\n    ')}
  )`;

/** New predictions are written to customer_predictions_next, then swapped in by one statement. */
export const REPLACE_PREDICTIONS = `
  CREATE OR REPLACE TABLE customer_predictions AS
  SELECT customer_id, ${PREDICTION_COLUMNS.join(', ')} FROM customer_predictions_next`;

export const DROP_NEXT_PREDICTIONS = 'DROP TABLE customer_predictions_next';

/**
 * Expected lost value = 12-month CLV × P(not alive), beside each customer's tier under the rules in
 * force (`tiered`: segments/sql/tier-rules.ts, its parameters first); customers without a CLV are left out.
 */
function withLostValue(tiered: { sql: string }): string {
  return `
    SELECT customer_id, segment, monetary::DOUBLE AS monetary, recency_days, p_alive, p_churn_30d, clv_12m,
           clv_12m * (1 - p_alive) AS expected_lost_value
    FROM (${tiered.sql}) AS tiered JOIN customer_predictions USING (customer_id)
    WHERE clv_12m IS NOT NULL`;
}

/** The customers with the most expected lost value, for the Revenue Leak ranking (then: the limit). */
export function lostValueRankingSql(tiered: { sql: string }): string {
  return `
    ${withLostValue(tiered)}
    ORDER BY expected_lost_value DESC, customer_id
    LIMIT ?`;
}

export function lostValueTotalsSql(tiered: { sql: string }): string {
  return `
    SELECT count(*)::INTEGER AS customers,
           coalesce(sum(expected_lost_value), 0)::DOUBLE AS expected_lost_value,
           coalesce(sum(expected_lost_value) FILTER (WHERE segment = 'at_risk_whale'), 0)::DOUBLE AS at_risk_whales
    FROM (${withLostValue(tiered)})`;
}

/**
 * The predictions in two figures: customers more likely than not to make no purchase in the next 30
 * days, and the value all customers are expected to bring in the next 12 months (customers without
 * a CLV add nothing; NULL when nobody has one).
 */
export const PREDICTION_OUTLOOK = `
  SELECT count(*) FILTER (WHERE p_churn_30d > 0.5)::INTEGER AS unlikely_to_buy_30d,
         count(p_churn_30d)::INTEGER AS predicted,
         sum(clv_12m)::DOUBLE AS expected_value_12m
  FROM customer_predictions`;

/** The export's prediction columns, after every other column. */
export const PREDICTION_EXPORT_COLUMNS = ['p_alive', 'p_churn_30d', 'expected_purchases_90d', 'clv_12m', 'next_order_date', 'expected_order_value'] as const;

/** Fixed decimals as text (money to the cent); NULL, an empty cell, for a customer without predictions. */
export const PREDICTION_EXPORT_SELECT = `
         printf('%.4f', predictions.p_alive) AS p_alive,
         printf('%.4f', predictions.p_churn_30d) AS p_churn_30d,
         printf('%.3f', predictions.expected_purchases_90d) AS expected_purchases_90d,
         printf('%.2f', predictions.clv_12m) AS clv_12m,
         strftime(DATE '1970-01-01' + predictions.next_order_day::INTEGER, '%Y-%m-%d') AS next_order_date,
         printf('%.2f', predictions.expected_order_value) AS expected_order_value`;

export const PREDICTION_EXPORT_JOIN = 'LEFT JOIN customer_predictions AS predictions USING (customer_id)';
