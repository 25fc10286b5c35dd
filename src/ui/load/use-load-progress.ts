import { useCallback, useMemo, useRef, useState } from 'react';
import type { LoadProgress } from '../../protocol/load';
import { withPhaseStart, type ShownProgress } from './ProgressBar';

/** The bytes read so far, with the start of each phase kept for the time-left estimate. */
export function useLoadProgress() {
  const [progress, setProgress] = useState<ShownProgress | null>(null);
  const latest = useRef<ShownProgress | null>(null);
  const report = useCallback((next: LoadProgress) => {
    latest.current = withPhaseStart(next, latest.current);
    setProgress(latest.current);
  }, []);
  const clear = useCallback(() => {
    latest.current = null;
    setProgress(null);
  }, []);
  /** The last progress reported, for a message about how far a failed load got. */
  const last = useCallback(() => latest.current, []);
  return useMemo(() => ({ progress, report, clear, last }), [progress, report, clear, last]);
}
