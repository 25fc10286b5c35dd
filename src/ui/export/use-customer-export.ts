import { useCallback } from 'react';
import type { EngineClient } from '../../engine/client';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { SegmentFilter } from '../../protocol/explore';
import type { ExportPlays } from '../../protocol/export';
import type { SegmentParams } from '../../protocol/segments';
import { downloadText } from '../shared/download';

/**
 * Exports all customers, or one tier, named RFM segment or cluster, always with the tier, scores,
 * named segment and cluster, and each customer's play as named on the page; a failure goes to the
 * status bar and the results stay.
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
    async (filter: SegmentFilter) => {
      try {
        const text = await engine.exportCsv(params, rules, filter, plays);
        downloadText(`customers-${filter.segment ?? 'all'}-${params.referenceDate}${fileSuffix}.csv`, text);
      } catch (error) {
        onError(error);
      }
    },
    [engine, params, rules, onError, fileSuffix, plays],
  );
}
