import type { RfmRules } from '../model/segments/rfm-segments';
import type { SegmentFilter } from './explore';
import type { SegmentParams } from './segments';

export interface ExportVerbs {
  /**
   * All customers, or one tier, named RFM segment or cluster, as spreadsheet-safe CSV text; every
   * row carries its tier, scores, named segment (by `rules`) and cluster, whatever the filter.
   */
  exportCsv(params: SegmentParams, rules: RfmRules, filter: SegmentFilter): Promise<string>;
}
