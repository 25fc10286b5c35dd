/**
 * The k-means clusters (model/segments/clusters): the per-customer measures they are fitted on, and
 * the table that keeps each customer's cluster for views and exports to join.
 */

/**
 * Recency in days before the reference date (parameter), frequency, and spend in whole cents (exact
 * as a double). Ordered by customer id, so the same file always gives the fit the same rows in the
 * same order, and the same clusters.
 */
export const CUSTOMER_MEASURES = `
  SELECT customer_id,
         (?::DATE - last_purchase_date)::INTEGER AS recency_days,
         frequency,
         (monetary * 100)::DOUBLE AS monetary_cents
  FROM customers
  ORDER BY customer_id`;

/** Created empty with every load, so a view or an export can join it before any clusters are fitted. */
export const CREATE_EMPTY_CLUSTERS = 'CREATE OR REPLACE TABLE customer_clusters (customer_id VARCHAR, cluster INTEGER)';

/**
 * New clusters are written to customer_clusters_next (Connector.writeTable makes numbers DOUBLE),
 * then swapped in as INTEGER by one statement, so a query running meanwhile sees the old or the new.
 */
export const REPLACE_CLUSTERS = `
  CREATE OR REPLACE TABLE customer_clusters AS
  SELECT customer_id, cluster::INTEGER AS cluster FROM customer_clusters_next`;

export const DROP_NEXT_CLUSTERS = 'DROP TABLE customer_clusters_next';

/** For views and exports: the cluster id (1-based, by revenue), empty until clusters are fitted. */
export const CLUSTER_JOIN = 'LEFT JOIN customer_clusters AS clusters USING (customer_id)';
