import { clusterOfSegment } from '../../model/segments/clusters/cluster-segments';
import { isRfmBucketId, segmentCodes, validateRules, type RfmRules } from '../../model/segments/rfm-segments';
import { isTierId, type TierId } from '../../model/segments/tiers';
import type { CustomerDetail, CustomerPage, CustomerQuery, ExplorerRow, InvoiceRow, SegmentFilter } from '../../protocol/explore';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector, SqlValue } from '../db/connector';
import { camelRows } from '../db/plain-rows';
import { tieredFor, tierFilterParams } from '../segments/segment-view';
import type { SqlFragment } from '../segments/sql/tier-rules';
import {
  CUSTOMER_EXCLUDED_LINES,
  CUSTOMER_INVOICE_COUNT,
  CUSTOMER_INVOICES,
  customerByIdSql,
  customerCountSql,
  customerPageSql,
} from './sql/customer-explorer';

export const MAX_PAGE_ROWS = 1000;
export const MAX_INVOICES = 500;

/** One page of customers, and, when asked, how many match in all. */
export async function customerPage(db: Connector, params: SegmentParams, rules: RfmRules, query: CustomerQuery): Promise<CustomerPage> {
  const limit = boundedInteger('limit', query.limit, 1, MAX_PAGE_ROWS);
  const offset = boundedInteger('offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  const tiered = tieredFor(params);
  const filter = filterParams(tiered, rules, query);
  const rows = camelRows<ExplorerRow>(await db.query(customerPageSql(tiered, query.sort, query.direction), [...filter, limit, offset]));
  if (!query.countAll) return { total: null, offset, rows };
  const [{ customers }] = await db.query<{ customers: number }>(customerCountSql(tiered), filter);
  return { total: customers, offset, rows };
}

/** The page and count queries' parameters before the limit and offset: the scores, the segment filter and the search. */
export function filterParams(tiered: SqlFragment, rules: RfmRules, query: Pick<CustomerQuery, 'segmentation' | 'segment' | 'search'>): SqlValue[] {
  const search = String(query.search ?? '').trim();
  return [...scoredParams(tiered, rules), ...segmentFilterParams(query), search, search];
}

/**
 * The parameters of TIER_FILTER and RFM_AND_CLUSTER_FILTER (sql/segments.ts) for one segment of one
 * segmentation: a tier, a named RFM segment or a cluster; NULLs for everyone.
 */
export function segmentFilterParams({ segmentation, segment }: SegmentFilter): SqlValue[] {
  if (segmentation !== 'tiers' && segmentation !== 'rfm' && segmentation !== 'clusters') throw new Error(`invalid segmentation: ${segmentation}`);
  const valid = segment === null || (segmentation === 'tiers' ? isTierId(segment) : segmentation === 'rfm' ? isRfmBucketId(segment) : clusterOfSegment(segment) !== null);
  if (!valid) throw new Error(`invalid ${segmentation} segment: ${segment}`);
  const tier = segmentation === 'tiers' ? (segment as TierId | null) : null;
  const named = segmentation === 'rfm' ? segment : null;
  const cluster = segmentation === 'clusters' && segment !== null ? clusterOfSegment(segment) : null;
  return [...tierFilterParams(tier), named, named, cluster, cluster];
}

/** The parameters of scoredCustomersSql (sql/segments.ts): the tiered query's, then the rule table's codes. */
export function scoredParams(tiered: SqlFragment, rules: RfmRules): SqlValue[] {
  return [...tiered.params, segmentCodes(validateRules(rules))];
}

function boundedInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`invalid ${name}: ${value}`);
  return value;
}

/** One customer: their row, their invoices (newest first) and the lines the analysis left out. */
export async function customerDetail(db: Connector, params: SegmentParams, rules: RfmRules, customerId: string): Promise<CustomerDetail> {
  const id = String(customerId);
  const tiered = tieredFor(params);
  const [customer = null] = camelRows<ExplorerRow>(await db.query(customerByIdSql(tiered), [...scoredParams(tiered, rules), id]));
  const invoices = camelRows<InvoiceRow>(await db.query(CUSTOMER_INVOICES, [id, MAX_INVOICES]));
  const [{ invoices: invoiceCount }] = await db.query<{ invoices: number }>(CUSTOMER_INVOICE_COUNT, [id]);
  const excluded = await db.query<{ reason: string; lines: number }>(CUSTOMER_EXCLUDED_LINES, [id]);
  return { customer, invoices, invoiceCount, excluded };
}
