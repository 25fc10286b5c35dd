/**
 * What the charts draw and what the customer explorer pages through, as they cross the worker
 * boundary: plain objects only.
 */
import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { Segmentation } from '../model/segments/segment-info';
import type { TierId } from '../model/segments/tiers';
import type { CustomerRow, SegmentParams } from './segments';

export type Measure = 'recency' | 'frequency' | 'monetary';

/** The values one score covers: recency in days before the reference date. */
export interface ScoreBoundary {
  measure: Measure;
  score: number;
  customers: number;
  low: number;
  high: number;
}

export interface RfGridCell {
  rScore: number;
  fScore: number;
  customers: number;
  averageMonetary: number;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  customers: number;
}

export interface Distribution {
  measure: Measure;
  log: boolean;
  min: number;
  median: number;
  max: number;
  bins: HistogramBin[];
}

export interface ConcentrationPoint {
  percent: number;
  customers: number;
  customerShare: number;
  revenueShare: number;
}

export interface CohortCount {
  cohort: string;
  monthsSince: number;
  customers: number;
  /** The last day of the data, YYYY-MM-DD (the same on every row). */
  dataEnd: string;
}

export interface ChartData {
  referenceDate: string;
  boundaries: ScoreBoundary[];
  grid: RfGridCell[];
  distributions: Distribution[];
  concentration: ConcentrationPoint[];
  cohorts: CohortCount[];
}

/** A customer with both segmentations side by side. */
export interface ExplorerRow extends CustomerRow {
  rScore: number;
  fScore: number;
  mScore: number;
  rfmSegment: RfmBucketId;
}

/** The explorer's sort keys: a fixed list, so a sort never carries text from the page into SQL. */
export const CUSTOMER_SORT_KEYS = [
  'customerId',
  'monetary',
  'frequency',
  'recencyDays',
  'lastPurchaseDate',
  'rScore',
  'fScore',
  'mScore',
  'segment',
  'rfmSegment',
] as const satisfies readonly (keyof ExplorerRow)[];

export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export function isCustomerSortKey(value: string): value is CustomerSortKey {
  return (CUSTOMER_SORT_KEYS as readonly string[]).includes(value);
}

export interface CustomerQuery {
  segmentation: Segmentation;
  /** A tier id in `tiers` mode, a named segment (or `others`) in `rfm` mode; null for all. */
  segment: TierId | RfmBucketId | null;
  /** Part of a customer id, any case; empty for all. */
  search: string;
  sort: CustomerSortKey;
  direction: SortDirection;
  limit: number;
  offset: number;
  /** Also count every customer that matches (one more query); the explorer asks with its first page. */
  countAll: boolean;
}

export interface CustomerPage {
  /** How many customers match the filter and search (all pages), when asked for; else null. */
  total: number | null;
  offset: number;
  rows: ExplorerRow[];
}

export interface InvoiceRow {
  invoice: string;
  /** YYYY-MM-DD HH:MM */
  invoicedAt: string;
  lines: number;
  quantity: number;
  amount: number;
}

export interface CustomerDetail {
  customer: ExplorerRow | null;
  /** Newest first, at most the limit asked for. */
  invoices: InvoiceRow[];
  invoiceCount: number;
  /** Lines of this customer the analysis left out, by cleaning reason. */
  excluded: { reason: string; lines: number }[];
  /** Why there are no invoices to show (a customer table has no lines), when that is so. */
  unavailable?: string;
}

export interface ExploreVerbs {
  /** What the charts draw and the score boundaries, for a reference date. */
  chartData(referenceDate: string): Promise<ChartData>;
  /** One page of the customer explorer. */
  customerPage(params: SegmentParams, rules: RfmRules, query: CustomerQuery): Promise<CustomerPage>;
  /** One customer's row, invoices and left-out lines. */
  customerDetail(params: SegmentParams, rules: RfmRules, customerId: string): Promise<CustomerDetail>;
}
