import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { Segmentation } from '../model/segments/segment-info';
import type { TierId } from '../model/segments/tiers';
import type { SegmentParams } from './segments';

/** What a customer export adds to the tier filter: the rule table, and optionally one named segment. */
export interface RfmExport {
  rules: RfmRules;
  segment: RfmBucketId | null;
}

/** The page's part of an export: each segment's play (the owner may have renamed it) and the shop's currency. */
export interface ExportPlays {
  /** Whose plays: the tiers' or the named segments'. */
  segmentation: Segmentation;
  /** The play's name by segment id. */
  playNames: Partial<Record<TierId | RfmBucketId, string>>;
  /** The currency for customers whose lines name none: the one chosen for the file, else null. */
  currency: string | null;
}

export interface ExportVerbs {
  /** All customers, one tier, or one named RFM segment, as spreadsheet-safe CSV text. */
  exportCsv(params: SegmentParams, segment: TierId | null, rfm?: RfmExport, plays?: ExportPlays): Promise<string>;
}
