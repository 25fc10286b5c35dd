/**
 * Stage 3: tiers. Every view of the tiers (reports, lists, explorer, exports, predictions) reads
 * from one query: the customers with their recency and the tier the rules give them (tier-rules.ts
 * `tieredCustomers`), its bounds bound as parameters, in front of each statement's own parameters.
 * A change of rules re-segments without re-reading the file.
 */
import { CUSTOMER_CONTACTS } from '../../campaigns/sql/customer-facts';
import { PREDICTION_EXPORT_JOIN, PREDICTION_EXPORT_SELECT } from '../../predict/sql/predictions';
import { CLUSTER_JOIN } from './clusters';
import type { SqlFragment } from './tier-rules';

/** One tier, or every tier (parameters: the tier twice; NULLs for all). */
export const TIER_FILTER = '(?::VARCHAR IS NULL OR segment = ?)';

const CUSTOMER_COLUMNS = `
  customer_id, recency_days, frequency, monetary::DOUBLE AS monetary, segment,
  strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
  strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date`;

/**
 * Customers of one tier (or all when the tier parameter is NULL), biggest spenders first. Parameters
 * after the tiered query's: the tier twice, limit, offset. Dates are formatted after the page is cut,
 * not for every customer.
 */
export function segmentCustomersSql(tiered: SqlFragment): string {
  return `
    SELECT ${CUSTOMER_COLUMNS}
    FROM (
      SELECT * FROM (${tiered.sql}) AS tiered
      WHERE ${TIER_FILTER}
      ORDER BY monetary DESC, customer_id
      LIMIT ? OFFSET ?
    )
    ORDER BY monetary DESC, customer_id`;
}

/**
 * The two reports' lists in one statement (one round trip to the database): the biggest spenders
 * among the At-Risk Whales and among the Champions, the first ? of each. Parameters after the tiered
 * query's: the limit twice.
 */
export function reportCustomersSql(tiered: SqlFragment): string {
  const report = (tier: 'at_risk_whale' | 'champion') => `
    (SELECT * FROM tiered WHERE segment = '${tier}' ORDER BY monetary DESC, customer_id LIMIT ?)`;
  return `
    WITH tiered AS (${tiered.sql})
    SELECT ${CUSTOMER_COLUMNS}
    FROM (${report('at_risk_whale')} UNION ALL ${report('champion')})
    ORDER BY segment, monetary DESC, customer_id`;
}

/**
 * Every customer with tier, RFM scores, named segment and cluster side by side, for the explorer and
 * the export: the tiered query joined with the 125-row rule lookup (scores.ts, parameter: the codes)
 * and the clusters (empty until fitted). Parameters: the tiered query's, then the codes.
 */
export function scoredCustomersSql(tiered: SqlFragment): string {
  return `(${tiered.sql}) AS tiered JOIN rfm_segment_map(?) USING (r_score, f_score, m_score) ${CLUSTER_JOIN}`;
}

/** A named segment (parameters: twice) and a cluster (twice), either NULL for all. */
export const RFM_AND_CLUSTER_FILTER = '(?::VARCHAR IS NULL OR rfm_segment = ?) AND (?::INTEGER IS NULL OR cluster = ?)';

/**
 * Export rows: monetary as exact text with two decimals, straight from the DECIMAL; the RFM scores,
 * named segment and cluster beside the tier. Parameters: scoredCustomersSql's, the tier filter's two,
 * then RFM_AND_CLUSTER_FILTER's four. Sorted by the DECIMAL (`tiered.monetary`), not by its text.
 * Each customer's e-mail and currency (campaigns/sql/customer-facts.ts) follow the cluster; the model
 * predictions (predictions.ts) come last, empty until the models have run.
 */
export function exportCustomersSql(tiered: SqlFragment): string {
  return `
    SELECT customer_id, recency_days, frequency, tiered.monetary::VARCHAR AS monetary, segment,
           strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
           strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date,
           r_score, f_score, m_score, rfm_segment, cluster, contacts.email, contacts.currency,${PREDICTION_EXPORT_SELECT}
    FROM ${scoredCustomersSql(tiered)}
    LEFT JOIN (${CUSTOMER_CONTACTS}) AS contacts USING (customer_id)
    ${PREDICTION_EXPORT_JOIN}
    WHERE ${TIER_FILTER} AND ${RFM_AND_CLUSTER_FILTER}
    ORDER BY tiered.monetary DESC, customer_id`;
}
