import { useCallback, useEffect, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import type { SegmentComparison } from '../../protocol/insights';
import type { SegmentParams } from '../../protocol/segments';

export const TOP_PRODUCTS = 5;

export type ComparisonState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; comparison: SegmentComparison };

/**
 * The segments' medians and top products for what is on the page, asked for once wanted (`onVisible`:
 * the products read every line, so a large file's other answers do not wait behind them), and again
 * with every change of rules, reference date or segmentation. `version` changes when the clusters do.
 */
export function useSegmentComparison(engine: EngineClient, params: SegmentParams, rules: RfmRules, segmentation: Segmentation, version: string) {
  const [wanted, setWanted] = useState(false);
  const [answer, setAnswer] = useState<{ for: unknown[]; state: ComparisonState } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const asked = [params, rules, segmentation, version];
    let live = true;
    engine.segmentComparison(params, rules, segmentation, TOP_PRODUCTS).then(
      (comparison) => live && setAnswer({ for: asked, state: { state: 'ready', comparison } }),
      (error: unknown) => live && setAnswer({ for: asked, state: { state: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [engine, params, rules, segmentation, version, wanted]);
  const current = answer && [params, rules, segmentation, version].every((value, index) => answer.for[index] === value) ? answer.state : { state: 'loading' as const };
  const onVisible = useCallback(() => setWanted(true), []);
  return { comparison: current, onVisible };
}
