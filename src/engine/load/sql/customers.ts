import { withCustomerScores } from '../../segments/sql/scores';

/**
 * Stage 2: one row per customer from the kept lines. Money stays DECIMAL until it is rounded to the
 * cent (half away from zero), so totals are exact; recency is computed later against a reference
 * date the user can change. The last purchase's timestamp is kept beside its date for recency counted
 * in elapsed 24-hour days (segments/sql/tier-rules.ts).
 *
 * Added up per invoice first, then per customer: the frequency is then a count of rows, where a
 * count of distinct invoices within each customer's group cost a sixth more. DECIMAL sums are
 * exact, so the sum of the invoices' sums is the sum of the lines.
 */
const CUSTOMER_TOTALS = `
  SELECT
    customer_id,
    min(first_at)::DATE AS first_purchase_date,
    max(last_at)::DATE AS last_purchase_date,
    max(last_at) AS last_purchase_at,
    count(*)::INTEGER AS frequency,
    round(sum(amount), 2) AS monetary
  FROM (
    SELECT customer_id, invoice, min(invoiced_at) AS first_at, max(invoiced_at) AS last_at, sum(quantity * unit_price) AS amount
    FROM order_lines
    WHERE reason = 'kept'
    GROUP BY customer_id, invoice
  )
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
