import { useCallback } from 'react';
import type { EngineClient } from '../../engine/client';
import type { RfmBucketId, RfmRules } from '../../model/segments/rfm-segments';
import type { TierId } from '../../model/segments/tiers';
import type { ExportPlays } from '../../protocol/export';
import type { SegmentParams } from '../../protocol/segments';
import { downloadText } from '../shared/download';

/**
 * Exports all customers, one tier, or (with `rfmSegment`) one named RFM segment, always with the
 * scores, and each customer's play as named on the page; a failure goes to the status bar and the
 * results stay.
 */
export function useCustomerExport(
  engine: EngineClient,
  params: SegmentParams,
  rules: RfmRules,
  onError: (error: unknown) => void,
  /** Said in the file name when the prediction columns are empty (see prediction-columns.ts). */
  fileSuffix = '',
  plays?: ExportPlays,
) {
  return useCallback(
    async (tier: TierId | null, rfmSegment: RfmBucketId | null = null) => {
      try {
        const text = await engine.exportCsv(params, tier, { rules, segment: rfmSegment }, plays);
        downloadText(`customers-${rfmSegment ?? tier ?? 'all'}-${params.referenceDate}${fileSuffix}.csv`, text);
      } catch (error) {
        onError(error);
      }
    },
    [engine, params, rules, onError, fileSuffix, plays],
  );
}
