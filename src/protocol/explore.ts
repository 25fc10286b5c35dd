/**
 * Shapes for the RFM scores, the named segments, the charts and the customer explorer, as they cross
 * the worker boundary: plain objects only. The verbs themselves are listed in api.ts.
 */
import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { RfmCell, RfmTotals, RfmView } from '../model/segments/rfm-totals';
import type { Segmentation } from '../model/segments/segment-info';
import type { TierId } from '../model/segments/tiers';
import type { CustomerRow } from './engine-api';
import type { CustomerSortKey, SortDirection } from '../engine/explore/sql/customer-explorer';

export type { CustomerSortKey, SortDirection, RfmCell, RfmTotals, RfmView };

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
  r_score: number;
  f_score: number;
  customers: number;
  average_monetary: number;
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
  customer_share: number;
  revenue_share: number;
}

export interface CohortCount {
  cohort: string;
  months_since: number;
  customers: number;
  /** The last day of the data, YYYY-MM-DD (the same on every row). */
  data_end: string;
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
  r_score: number;
  f_score: number;
  m_score: number;
  rfm_segment: RfmBucketId;
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
  invoiced_at: string;
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
}

/** What a customer export adds to the tier filter: the rule table, and optionally one named segment. */
export interface RfmExport {
  rules: RfmRules;
  segment: RfmBucketId | null;
}
