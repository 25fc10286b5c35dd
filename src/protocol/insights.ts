/**
 * Insights as they cross the worker boundary: the customers as of an earlier date, for the page to
 * tier beside the current ones (model/insights/migration.ts), the ids of the customers a list
 * shows, and how the segments compare.
 */
import type { AsOfColumns } from '../model/insights/migration';
import type { RfmRules } from '../model/segments/rfm-segments';
import type { Segmentation } from '../model/segments/segment-info';
import type { SegmentParams } from './segments';

export type { AsOfColumns };

export interface InsightVerbs {
  /** The customers who had bought before `asOfDate` (YYYY-MM-DD), from the kept lines dated before it. */
  asOfColumns(asOfDate: string): Promise<AsOfColumns>;
  /** Customer ids for positions in LoadResult.customerColumns, in the order asked (at most 1,000). */
  customerIdsAt(positions: number[]): Promise<string[]>;
  /** Median R, F and M of each segment and its top `topProducts` products by revenue and by customers. */
  segmentComparison(params: SegmentParams, rules: RfmRules, segmentation: Segmentation, topProducts: number): Promise<SegmentComparison>;
}

/** A segment's typical customer: the medians of its customers' measures, as the reference date counts them. */
export interface SegmentMedians {
  /** A tier id, a named RFM segment id or a cluster's segment id (`cluster-2`). */
  segment: string;
  customers: number;
  medianRecencyDays: number;
  medianFrequency: number;
  medianMonetary: number;
}

export interface SegmentProduct {
  segment: string;
  product: string;
  /** Money from the segment's kept lines of this product. */
  revenue: number;
  /** Distinct customers of the segment who bought it. */
  customers: number;
  /** 1 = the most revenue in the segment. */
  revenueRank: number;
  /** 1 = bought by the most customers of the segment. */
  customerRank: number;
}

export interface SegmentComparison {
  segmentation: Segmentation;
  medians: SegmentMedians[];
  /** The top products of each segment by either ranking; null when the file has no product column. */
  products: SegmentProduct[] | null;
}
