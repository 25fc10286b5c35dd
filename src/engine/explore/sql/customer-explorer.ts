import { isCustomerSortKey, type CustomerSortKey } from '../../../protocol/explore';
import { RFM_AND_CLUSTER_FILTER, scoredCustomersSql, TIER_FILTER } from '../../segments/sql/segments';
import type { SqlFragment } from '../../segments/sql/tier-rules';

/**
 * The customer explorer: one page of customers at a time, filtered, searched and sorted in SQL, and
 * one customer's invoices. The sort column is chosen from a fixed list (never text from the page) and
 * every value is a parameter.
 */
/** The column each sort key of the page orders by. */
const SORT_COLUMNS: Record<CustomerSortKey, string> = {
  customerId: 'customer_id',
  monetary: 'monetary',
  frequency: 'frequency',
  recencyDays: 'recency_days',
  lastPurchaseDate: 'last_purchase_date',
  rScore: 'r_score',
  fScore: 'f_score',
  mScore: 'm_score',
  segment: 'segment',
  rfmSegment: 'rfm_segment',
  cluster: 'cluster',
  nextOrderDate: 'next_order_day',
  expectedOrderValue: 'expected_order_value',
};

/** `ORDER BY` for a sort key and direction; the customer id breaks ties so pages never overlap. */
export function orderByClause(sort: string, direction: string): string {
  if (!isCustomerSortKey(sort)) throw new Error(`invalid sort: ${sort}`);
  if (direction !== 'asc' && direction !== 'desc') throw new Error(`invalid sort direction: ${direction}`);
  const column = SORT_COLUMNS[sort];
  const tieBreak = column === 'customer_id' ? '' : ', customer_id';
  return `ORDER BY ${column} ${direction.toUpperCase()}${tieBreak}`;
}

/** Parameters after scoredCustomersSql's: the tier filter's two, RFM_AND_CLUSTER_FILTER's four, search ×2. */
const FILTER = `
  WHERE ${TIER_FILTER}
    AND ${RFM_AND_CLUSTER_FILTER}
    AND (?::VARCHAR = '' OR contains(lower(customer_id), lower(?)))`;

const COLUMNS = `
  customer_id, recency_days, frequency, monetary::DOUBLE AS monetary, segment,
  strftime(first_purchase_date, '%Y-%m-%d') AS first_purchase_date,
  strftime(last_purchase_date, '%Y-%m-%d') AS last_purchase_date,
  r_score, f_score, m_score, rfm_segment, cluster,
  strftime(DATE '1970-01-01' + next_order_day::INTEGER, '%Y-%m-%d') AS next_order_date, expected_order_value, p_alive`;

/** The model's predictions beside each customer (none until the models have run: NULLs). */
const PREDICTIONS_JOIN = 'LEFT JOIN customer_predictions USING (customer_id)';

/** One page; dates are formatted after the page is cut, not for every customer that matches. */
export function customerPageSql(tiered: SqlFragment, sort: string, direction: string): string {
  const orderBy = orderByClause(sort, direction);
  return `
    SELECT ${COLUMNS}
    FROM (
      SELECT * FROM ${scoredCustomersSql(tiered)} ${PREDICTIONS_JOIN}
      ${FILTER}
      ${orderBy}
      LIMIT ? OFFSET ?
    )
    ${orderBy}`;
}

/** Parameters: scoredCustomersSql's, then the customer id. */
export function customerByIdSql(tiered: SqlFragment): string {
  return `SELECT ${COLUMNS} FROM ${scoredCustomersSql(tiered)} ${PREDICTIONS_JOIN} WHERE customer_id = ?`;
}

export function customerCountSql(tiered: SqlFragment): string {
  return `SELECT count(*)::INTEGER AS customers FROM ${scoredCustomersSql(tiered)} ${FILTER}`;
}

/** One customer's invoices from the kept lines, newest first (parameters: customer id, limit). */
export const CUSTOMER_INVOICES = `
  SELECT invoice,
         strftime(min(invoiced_at), '%Y-%m-%d %H:%M') AS invoiced_at,
         count(*)::INTEGER AS lines,
         sum(quantity)::DOUBLE AS quantity,
         round(sum(quantity * unit_price), 2)::DOUBLE AS amount
  FROM order_lines
  WHERE reason = 'kept' AND customer_id = ?
  GROUP BY invoice
  ORDER BY min(invoiced_at) DESC, invoice
  LIMIT ?`;

export const CUSTOMER_INVOICE_COUNT = `
  SELECT count(DISTINCT invoice)::INTEGER AS invoices FROM order_lines WHERE reason = 'kept' AND customer_id = ?`;

/** The customer's lines the analysis left out, by reason (cancellations, returns, …). */
export const CUSTOMER_EXCLUDED_LINES = `
  SELECT reason, count(*)::INTEGER AS lines
  FROM order_lines
  WHERE reason <> 'kept' AND customer_id = ?
  GROUP BY reason
  ORDER BY lines DESC, reason`;
