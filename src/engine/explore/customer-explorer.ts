import { isRfmBucketId, segmentCodes, validateRules, type RfmRules } from '../../model/segments/rfm-segments';
import { isTierId, type TierId } from '../../model/segments/tiers';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector, SqlValue } from '../db/connector';
import type { CustomerDetail, CustomerPage, CustomerQuery, ExplorerRow, InvoiceRow } from '../../protocol/explore';
import { segmentParams, tierFilterParams } from '../segments/segment-view';
import { camelRows } from '../db/plain-rows';
import {
  CUSTOMER_BY_ID,
  CUSTOMER_COUNT,
  CUSTOMER_EXCLUDED_LINES,
  CUSTOMER_INVOICE_COUNT,
  CUSTOMER_INVOICES,
  customerPageSql,
} from './sql/customer-explorer';

export const MAX_PAGE_ROWS = 1000;
export const MAX_INVOICES = 500;

/** One page of customers, and, when asked, how many match in all. */
export async function customerPage(db: Connector, params: SegmentParams, rules: RfmRules, query: CustomerQuery): Promise<CustomerPage> {
  const limit = boundedInteger('limit', query.limit, 1, MAX_PAGE_ROWS);
  const offset = boundedInteger('offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  const filter = filterParams(params, rules, query);
  const rows = camelRows<ExplorerRow>(await db.query(customerPageSql(query.sort, query.direction), [...filter, limit, offset]));
  if (!query.countAll) return { total: null, offset, rows };
  const [{ customers }] = await db.query<{ customers: number }>(CUSTOMER_COUNT, filter);
  return { total: customers, offset, rows };
}

/** The page and count queries' parameters before the limit and offset: the scores, the segment filter and the search. */
export function filterParams(params: SegmentParams, rules: RfmRules, query: Pick<CustomerQuery, 'segmentation' | 'segment' | 'search'>): SqlValue[] {
  const { segmentation, segment } = query;
  if (segmentation !== 'tiers' && segmentation !== 'rfm') throw new Error(`invalid segmentation: ${segmentation}`);
  if (segment !== null && !(segmentation === 'tiers' ? isTierId(segment) : isRfmBucketId(segment))) {
    throw new Error(`invalid ${segmentation} segment: ${segment}`);
  }
  const tier = segmentation === 'tiers' ? (segment as TierId | null) : null;
  const named = segmentation === 'rfm' ? segment : null;
  const search = String(query.search ?? '').trim();
  return [...scoredParams(params, rules), ...tierFilterParams(tier), named, named, search, search];
}

/** The parameters of `scored_customers(reference_date, value_percentile, active_days, codes)`. */
export function scoredParams(params: SegmentParams, rules: RfmRules): SqlValue[] {
  return [...segmentParams(params), segmentCodes(validateRules(rules))];
}

function boundedInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`invalid ${name}: ${value}`);
  return value;
}

/** One customer: their row, their invoices (newest first) and the lines the analysis left out. */
export async function customerDetail(db: Connector, params: SegmentParams, rules: RfmRules, customerId: string): Promise<CustomerDetail> {
  const id = String(customerId);
  const [customer = null] = camelRows<ExplorerRow>(await db.query(CUSTOMER_BY_ID, [...scoredParams(params, rules), id]));
  const invoices = camelRows<InvoiceRow>(await db.query(CUSTOMER_INVOICES, [id, MAX_INVOICES]));
  const [{ invoices: invoiceCount }] = await db.query<{ invoices: number }>(CUSTOMER_INVOICE_COUNT, [id]);
  const excluded = await db.query<{ reason: string; lines: number }>(CUSTOMER_EXCLUDED_LINES, [id]);
  return { customer, invoices, invoiceCount, excluded };
}
