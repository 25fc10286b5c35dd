import { useCallback, useMemo, useRef, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { tierTotals } from '../../model/segments/tier-totals';
import { DEFAULT_THRESHOLDS } from '../../model/segments/tiers';
import type { LoadResult } from '../../protocol/load';
import type { SegmentParams, SegmentView } from '../../protocol/segments';

/** Rows of each report's list fetched with the view (the export has everyone). */
export const REPORT_ROWS = 100;

/**
 * The tiers of the loaded file for the thresholds in force. The totals are added up here from the
 * file's tier cells at once, even while the engine is busy (a model fit, say); the two reports'
 * lists follow from the engine and show that they are updating until then. The thresholds outlive
 * a file: the next one opens with them.
 */
export function useTierView(engine: EngineClient) {
  const [view, setView] = useState<SegmentView | null>(null);
  const thresholds = useRef(DEFAULT_THRESHOLDS);
  const latest = useRef<SegmentParams | null>(null);

  /** The first view of a newly loaded file, lists included. */
  const open = useCallback(
    async (loaded: LoadResult): Promise<SegmentView> => {
      const params = { ...thresholds.current, referenceDate: loaded.defaultReferenceDate };
      latest.current = params;
      const lists = await engine.reports(params, REPORT_ROWS);
      return { params, ...tierTotals(loaded.tierCells, params), ...lists, reportsFor: params };
    },
    [engine],
  );

  /** New thresholds: totals at once, lists when the engine answers (an answer overtaken is dropped). */
  const change = useCallback(
    async (loaded: LoadResult, params: SegmentParams) => {
      thresholds.current = { valuePercentile: params.valuePercentile, activeDays: params.activeDays };
      latest.current = params;
      const totals = tierTotals(loaded.tierCells, params);
      setView((before) => before && { ...before, ...totals, params });
      const lists = await engine.reports(params, REPORT_ROWS);
      if (latest.current === params) setView((before) => before && { ...before, ...lists, reportsFor: params });
    },
    [engine],
  );

  return useMemo(() => ({ view, setView, open, change }), [view, open, change]);
}
