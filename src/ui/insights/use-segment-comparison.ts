import { useCallback, useEffect, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import type { SegmentComparison } from '../../protocol/insights';
import type { LoadResult } from '../../protocol/load';
import type { SegmentParams } from '../../protocol/segments';

export const TOP_PRODUCTS = 5;

export type ComparisonState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; comparison: SegmentComparison };

interface ComparisonRequest {
  params: SegmentParams;
  rules: RfmRules;
  segmentation: Segmentation;
  version: string;
}

/**
 * The segments' medians and top products for what is on the page, asked for once wanted (`onVisible`:
 * the products read every line, so a large file's other answers do not wait behind them), and again
 * when the rules, reference date or segmentation change in value (not merely as objects).
 * `version` changes when the clusters do; `file` is the loaded file, so another file's figures are never shown.
 */
export function useSegmentComparison(engine: EngineClient, file: LoadResult, params: SegmentParams, rules: RfmRules, segmentation: Segmentation, version: string) {
  const request = useRequestByValue({ params, rules, segmentation, version });
  const [wanted, setWanted] = useState(false);
  const [answer, setAnswer] = useState<{ for: ComparisonRequest; file: LoadResult; state: ComparisonState } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    engine.segmentComparison(request.params, request.rules, request.segmentation, TOP_PRODUCTS).then(
      (comparison) => live && setAnswer({ for: request, file, state: { state: 'ready', comparison } }),
      (error: unknown) => live && setAnswer({ for: request, file, state: { state: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [engine, file, request, wanted]);
  const comparison: ComparisonState = answer?.for === request && answer.file === file ? answer.state : { state: 'loading' };
  // While new figures are on their way the last ones stay on screen, so the page below does not jump.
  const shown = answer?.file === file && answer.state.state === 'ready' ? answer.state.comparison : null;
  const onVisible = useCallback(() => setWanted(true), []);
  return { comparison, shown, onVisible };
}

/** The same object for as long as the request's values stay the same. */
function useRequestByValue(next: ComparisonRequest): ComparisonRequest {
  const [request, setRequest] = useState(next);
  if (JSON.stringify(next) !== JSON.stringify(request)) setRequest(next);
  return request;
}
