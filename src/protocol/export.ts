import type { ClusterSegmentId } from '../model/segments/clusters/cluster-segments';
import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { Segmentation } from '../model/segments/segment-info';
import type { TierId } from '../model/segments/tiers';
import type { SegmentFilter } from './explore';
import type { SegmentParams } from './segments';

/** The page's part of an export: each segment's play (the owner may have renamed it) and the shop's currency. */
export interface ExportPlays {
  /** Whose plays: the tiers', the named segments' or the clusters'. */
  segmentation: Segmentation;
  /** The play's name by segment id. */
  playNames: Partial<Record<TierId | RfmBucketId | ClusterSegmentId, string>>;
  /** The currency for customers whose lines name none: the one chosen for the file, else null. */
  currency: string | null;
}

export interface ExportVerbs {
  /**
   * All customers, or one tier, named RFM segment or cluster, as spreadsheet-safe CSV text; every
   * row carries its tier, scores, named segment (by `rules`), cluster and play, whatever the filter.
   */
  exportCsv(params: SegmentParams, rules: RfmRules, filter: SegmentFilter, plays?: ExportPlays): Promise<string>;
}
