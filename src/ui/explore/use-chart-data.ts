import { useCallback, useEffect, useState } from 'react';
import type { LoadResult } from '../../protocol/load';
import type { EngineClient } from '../../engine/client';
import type { ChartData } from '../../protocol/explore';
import type { RecencyBasis } from '../../model/segments/tier-rules/rule-set';

/**
 * The charts' aggregates for the loaded file, reference date and recency basis (the tier rules'),
 * fetched once per change of any,
 * and only once wanted: when the charts come into view (`onVisible`), or at once if `needed` (the
 * RFM view's score table uses the same figures). A large file's first answers are not kept waiting
 * behind aggregates nobody is looking at yet.
 */
export function useChartData(engine: EngineClient, loaded: LoadResult | null, referenceDate: string | null, recencyBasis: RecencyBasis, needed: boolean) {
  const [seen, setSeen] = useState<LoadResult | null>(null);
  const [result, setResult] = useState<{ loaded: LoadResult; data: ChartData } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const wanted = needed || (loaded !== null && seen === loaded);
  useEffect(() => {
    if (!loaded || !referenceDate || !wanted) return;
    let live = true;
    engine.chartData(referenceDate, recencyBasis).then(
      (data) => {
        if (!live) return;
        setFailure(null);
        setResult({ loaded, data });
      },
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [engine, loaded, referenceDate, recencyBasis, wanted]);
  const current = result && result.loaded === loaded && result.data.referenceDate === referenceDate && result.data.recencyBasis === recencyBasis ? result.data : null;
  const onVisible = useCallback(() => setSeen(loaded), [loaded]);
  return { data: current, failure, onVisible };
}
