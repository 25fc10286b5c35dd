import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { TierId } from '../model/segments/tiers';
import type { SegmentParams } from './segments';

/** What a customer export adds to the tier filter: the rule table, and optionally one named segment. */
export interface RfmExport {
  rules: RfmRules;
  segment: RfmBucketId | null;
}

export interface ExportVerbs {
  /** All customers, one tier, or one named RFM segment, as spreadsheet-safe CSV text. */
  exportCsv(params: SegmentParams, segment: TierId | null, rfm?: RfmExport): Promise<string>;
}
