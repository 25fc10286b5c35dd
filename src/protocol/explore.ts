/**
 * What the charts draw and what the customer explorer pages through, as they cross the worker
 * boundary: plain objects only.
 */
import type { ClusterSegmentId } from '../model/segments/clusters/cluster-segments';
import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { RecencyBasis } from '../model/segments/tier-rules/rule-set';
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
  /** How recency is counted in the distributions and score boundaries: as the tier rules count it. */
  recencyBasis: RecencyBasis;
  boundaries: ScoreBoundary[];
  grid: RfGridCell[];
  distributions: Distribution[];
  concentration: ConcentrationPoint[];
  cohorts: CohortCount[];
}

/** A customer with every segmentation side by side. */
export interface ExplorerRow extends CustomerRow {
  rScore: number;
  fScore: number;
  mScore: number;
  rfmSegment: RfmBucketId;
  /** The customer's k-means cluster (1-based, by revenue); null until the clusters are fitted. */
  cluster: number | null;
  /** From the fitted models; null until they have run. The expected next order's day (YYYY-MM-DD), null also when it is unlikely. */
  nextOrderDate: string | null;
  expectedOrderValue: number | null;
  pAlive: number | null;
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
  'cluster',
  'nextOrderDate',
  'expectedOrderValue',
] as const satisfies readonly (keyof ExplorerRow)[];

export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export function isCustomerSortKey(value: string): value is CustomerSortKey {
  return (CUSTOMER_SORT_KEYS as readonly string[]).includes(value);
}

/** One segment of one segmentation, or everyone. */
export interface SegmentFilter {
  segmentation: Segmentation;
  /** A tier id in `tiers` mode, a named segment (or `others`) in `rfm` mode, `cluster-n` in `clusters` mode; null for all. */
  segment: TierId | RfmBucketId | ClusterSegmentId | null;
}

export interface CustomerQuery extends SegmentFilter {
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
  /** What the charts draw and the score boundaries, for a reference date and way of counting recency. */
  chartData(referenceDate: string, recencyBasis: RecencyBasis): Promise<ChartData>;
  /** One page of the customer explorer. */
  customerPage(params: SegmentParams, rules: RfmRules, query: CustomerQuery): Promise<CustomerPage>;
  /** One customer's row, invoices and left-out lines. */
  customerDetail(params: SegmentParams, rules: RfmRules, customerId: string): Promise<CustomerDetail>;
}
