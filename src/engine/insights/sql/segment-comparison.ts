/**
 * How segments compare: what each buys and its typical customer. The segment of each customer comes
 * from the query the explorer and the exports read (segments/sql/segments.ts scoredCustomersSql), so
 * every view puts a customer in the same segment; the column is picked from a fixed table.
 *
 * Parameters, both queries: scoredCustomersSql's first (the tiered query's, then the RFM rule codes).
 */
import type { Segmentation } from '../../../model/segments/segment-info';
import { scoredCustomersSql } from '../../segments/sql/segments';
import type { SqlFragment } from '../../segments/sql/tier-rules';
import { linesWithDetails } from '../../load/sql/lines/line-details';
import { storedTextSql } from '../../load/sql/lines/line-texts';

const SEGMENT_COLUMN: Record<Segmentation, string> = {
  tiers: 'segment',
  rfm: 'rfm_segment',
  clusters: 'cluster::VARCHAR',
};

function segmentColumn(segmentation: Segmentation): string {
  if (!Object.hasOwn(SEGMENT_COLUMN, segmentation)) throw new Error(`invalid segmentation: ${segmentation}`);
  return SEGMENT_COLUMN[segmentation];
}

function segmented(tiered: SqlFragment, segmentation: Segmentation): string {
  return `
    SELECT customer_id, ${segmentColumn(segmentation)} AS segment_key, recency_days, frequency, monetary
    FROM ${scoredCustomersSql(tiered)}`;
}

/** Customers and the median recency, frequency and monetary of each segment (no segment: left out, as clusters not yet fitted). */
export function segmentMediansSql(tiered: SqlFragment, segmentation: Segmentation): string {
  return `
    SELECT segment_key, count(*)::INTEGER AS customers,
           median(recency_days)::DOUBLE AS median_recency_days,
           median(frequency)::DOUBLE AS median_frequency,
           median(monetary::DOUBLE)::DOUBLE AS median_monetary
    FROM (${segmented(tiered, segmentation)})
    WHERE segment_key IS NOT NULL
    GROUP BY segment_key
    ORDER BY segment_key`;
}

/**
 * Every customer's spend per product, once per file (the products' queries then read this instead of
 * every line); names that are no product (postage, fees) are left out. Parameter: that pattern.
 */
export const CREATE_CUSTOMER_PRODUCTS = `
  CREATE OR REPLACE TABLE customer_products AS
  SELECT customer_id, product, sum(amount) AS amount
  FROM (
    SELECT customer_id, ${storedTextSql('product')} AS product, quantity * unit_price AS amount FROM ${linesWithDetails("lines.reason = 'kept'")}
  )
  WHERE product IS NOT NULL AND NOT regexp_matches(lower(product), ?::VARCHAR)
  GROUP BY customer_id, product`;

/**
 * Each segment's products with the most revenue and with the most customers, from customer_products.
 * Then the parameters: how many products of each ranking (twice).
 */
export function segmentProductsSql(tiered: SqlFragment, segmentation: Segmentation): string {
  return `
    WITH per_product AS (
      SELECT segment_key, product, round(sum(amount), 2)::DOUBLE AS revenue, count(*)::INTEGER AS customers
      FROM customer_products JOIN (${segmented(tiered, segmentation)}) AS customers_in USING (customer_id)
      WHERE segment_key IS NOT NULL
      GROUP BY segment_key, product
    ),
    ranked AS (
      SELECT *,
             row_number() OVER (PARTITION BY segment_key ORDER BY revenue DESC, product)::INTEGER AS revenue_rank,
             row_number() OVER (PARTITION BY segment_key ORDER BY customers DESC, revenue DESC, product)::INTEGER AS customer_rank
      FROM per_product
    )
    SELECT segment_key, product, revenue, customers, revenue_rank, customer_rank
    FROM ranked
    WHERE revenue_rank <= ? OR customer_rank <= ?
    ORDER BY segment_key, revenue_rank`;
}

/** Whether the file has any product on a kept line. */
export const HAS_PRODUCTS = `SELECT count(*) > 0 AS has_products FROM (SELECT 1 FROM ${linesWithDetails(`lines.reason = 'kept' AND ${storedTextSql('details.product')} IS NOT NULL`)} LIMIT 1)`;
