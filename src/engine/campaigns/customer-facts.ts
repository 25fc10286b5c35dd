import { readCurrency } from '../../model/shared/currency';
import type { RfmBucketId, RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import type { TierId } from '../../model/segments/tiers';
import type { CampaignQuery, CurrencyRevenue, CustomerFactsPage, CustomerRecord } from '../../protocol/campaigns';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector } from '../db/connector';
import { filterParams, scoredParams } from '../explore/customer-explorer';
import { CUSTOMER_COUNT } from '../explore/sql/customer-explorer';
import type { CampaignTables } from './campaign-tables';
import { CAMPAIGN_CUSTOMERS, REVENUE_BY_CURRENCY } from './sql/campaign-customers';

/** Exports page through a whole segment: larger pages than the explorer's mean fewer sorts of every customer. */
export const MAX_FACTS_ROWS = 5000;

interface FactsRow {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  segment: TierId;
  rfm_segment: RfmBucketId;
  email: string | null;
  country: string | null;
  currency: string | null;
  last_product: string | null;
  top_product_1: string | null;
  top_product_2: string | null;
  top_product_3: string | null;
}

/** One page of a segment's customers, biggest spenders first, with what a campaign may say about each. */
export async function customerFacts(
  db: Connector,
  tables: CampaignTables,
  params: SegmentParams,
  rules: RfmRules,
  query: CampaignQuery,
): Promise<CustomerFactsPage> {
  const limit = boundedInteger('limit', query.limit, 1, MAX_FACTS_ROWS);
  const offset = boundedInteger('offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  const filter = filterParams(params, rules, { segmentation: query.segmentation, segment: query.segment, search: '' });
  await tables.facts();
  const rows = await db.query<FactsRow & Record<string, unknown>>(CAMPAIGN_CUSTOMERS, [...filter, limit, offset]);
  const total = query.countAll ? (await db.query<{ customers: number }>(CUSTOMER_COUNT, filter))[0].customers : null;
  return { total, offset, topProductsBy: tables.topProductsBy, customers: rows.map(customerRecord) };
}

function customerRecord(row: FactsRow): CustomerRecord {
  return {
    customerId: row.customer_id,
    email: row.email,
    recencyDays: row.recency_days,
    frequency: row.frequency,
    monetary: row.monetary,
    currency: row.currency === null ? null : readCurrency(row.currency),
    topProducts: [row.top_product_1, row.top_product_2, row.top_product_3].filter((product): product is string => product !== null),
    lastProduct: row.last_product,
    country: row.country,
    segment: row.segment,
    rfmSegment: row.rfm_segment,
  };
}

/** Customers and revenue per segment and currency: a currency cell read as its code, null when it names none. */
export async function revenueByCurrency(
  db: Connector,
  tables: CampaignTables,
  params: SegmentParams,
  rules: RfmRules,
  segmentation: Segmentation,
): Promise<CurrencyRevenue[]> {
  if (segmentation !== 'tiers' && segmentation !== 'rfm') throw new Error(`invalid segmentation: ${segmentation}`);
  await tables.currencySpend();
  const rows = await db.query<{ segment: TierId | RfmBucketId; currency: string; customers: number; revenue: number }>(REVENUE_BY_CURRENCY, [
    segmentation === 'rfm',
    ...scoredParams(params, rules),
  ]);
  return mergeSpellings(rows);
}

/** `eur`, `EUR` and `€` are one currency: their rows are added up, in whole cents. */
function mergeSpellings(rows: readonly { segment: TierId | RfmBucketId; currency: string; customers: number; revenue: number }[]): CurrencyRevenue[] {
  const merged = new Map<string, CurrencyRevenue>();
  for (const row of rows) {
    const currency = readCurrency(row.currency);
    const key = JSON.stringify([row.segment, currency]);
    const found = merged.get(key);
    if (!found) merged.set(key, { segment: row.segment, currency, customers: row.customers, revenue: row.revenue });
    else Object.assign(found, { customers: found.customers + row.customers, revenue: (Math.round(found.revenue * 100) + Math.round(row.revenue * 100)) / 100 });
  }
  return [...merged.values()];
}

function boundedInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`invalid ${name}: ${value}`);
  return value;
}
