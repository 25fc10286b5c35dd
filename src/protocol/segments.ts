/**
 * Segments as they cross the worker boundary: the thresholds a view is for, the customers in a
 * segment, and the two reports' lists. Tier and RFM totals are added up on the page from cells the
 * engine sends once per file (model/segments/tier-totals.ts, rfm-totals.ts).
 */
import type { RfmCell } from '../model/segments/rfm-totals';
import type { TierTotals } from '../model/segments/tier-totals';
import type { TierId, TierThresholds } from '../model/segments/tiers';

/** The tier thresholds and the day recency is counted to (YYYY-MM-DD). */
export interface SegmentParams extends TierThresholds {
  referenceDate: string;
}

export interface CustomerRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  segment: TierId;
  /** YYYY-MM-DD */
  firstPurchaseDate: string;
  lastPurchaseDate: string;
}

export interface ReportLists {
  /** At-Risk Whales, biggest first (first page). */
  revenueLeak: CustomerRow[];
  /** Champions, biggest first (first page). */
  marginProtection: CustomerRow[];
}

export interface SegmentView extends ReportLists {
  params: SegmentParams;
  valueThreshold: number;
  totals: TierTotals[];
  /** The thresholds the two lists are for: behind `params` while newer lists are on their way. */
  reportsFor: SegmentParams;
}

export interface SegmentVerbs {
  /** The two reports' lists for a set of thresholds (the tier totals come from LoadResult.tierCells). */
  reports(params: SegmentParams, reportRows: number): Promise<ReportLists>;
  /** One page of a tier's customers, biggest spenders first. */
  customers(params: SegmentParams, segment: TierId | null, limit: number, offset: number): Promise<CustomerRow[]>;
  /** Customers and revenue per combination of RFM scores (fixed per file); rule tables are applied to these. */
  rfmCells(): Promise<RfmCell[]>;
}
