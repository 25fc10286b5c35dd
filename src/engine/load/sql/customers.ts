import { withCustomerScores } from '../../segments/sql/scores';

/**
 * Stage 2: one row per customer from the kept lines. Money stays DECIMAL until it is rounded to the
 * cent (half away from zero), so totals are exact; recency is computed later against a reference
 * date the user can change. The last purchase's timestamp is kept beside its date for recency counted
 * in elapsed 24-hour days (segments/sql/tier-rules.ts).
 */
const CUSTOMER_TOTALS = `
  SELECT
    customer_id,
    min(invoiced_at)::DATE AS first_purchase_date,
    max(invoiced_at)::DATE AS last_purchase_date,
    max(invoiced_at) AS last_purchase_at,
    count(DISTINCT invoice)::INTEGER AS frequency,
    round(sum(quantity * unit_price), 2) AS monetary
  FROM order_lines
  WHERE reason = 'kept'
  GROUP BY customer_id`;

export const CREATE_CUSTOMERS = `CREATE OR REPLACE TABLE customers AS ${CUSTOMER_TOTALS}`;

/** The customers with their RFM scores (segments/sql/scores.ts) in one statement: the table is written once. */
export const CREATE_SCORED_CUSTOMERS = `CREATE OR REPLACE TABLE customers AS ${withCustomerScores(`(${CUSTOMER_TOTALS}) AS totals`)}`;

/** The default reference date: the calendar day after the latest kept invoice. */
export const DEFAULT_REFERENCE_DATE = `
  SELECT strftime(max(last_purchase_date) + INTERVAL 1 DAY, '%Y-%m-%d') AS reference_date,
         strftime(min(first_purchase_date), '%Y-%m-%d') AS first_date,
         strftime(max(last_purchase_date), '%Y-%m-%d') AS last_date,
         count(*)::INTEGER AS customers
  FROM customers`;
