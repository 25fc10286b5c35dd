import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadResult, LoadStage, SegmentParams, SegmentView } from '../engine/api';
import type { EngineClient } from '../engine/client';
import { DEFAULT_THRESHOLDS } from '../model/tiers';

export const REPORT_ROWS = 100;

export type Status =
  | { state: 'idle'; message?: string }
  | { state: 'working'; stage: LoadStage | 'updating'; subject: string; startedAt: number }
  | { state: 'ready'; subject: string; durationMs: number }
  | { state: 'error'; message: string };

/**
 * The app's one piece of state: which file is analysed, with which thresholds, and what the engine
 * said. A generation counter drops answers that arrive after the user has moved on.
 */
export function useAnalysis(engine: EngineClient) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [engineReady, setEngineReady] = useState(false);
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const [view, setView] = useState<SegmentView | null>(null);
  const generation = useRef(0);

  const watchEngineStart = useCallback(() => {
    setEngineReady(false);
    engine.whenReady().then(
      () => setEngineReady(true),
      () => {}, // a failed start surfaces with the first file, as a message
    );
  }, [engine]);
  useEffect(() => {
    let live = true;
    engine.whenReady().then(
      () => live && setEngineReady(true),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [engine]);
  const thresholds = useRef(DEFAULT_THRESHOLDS);

  const analyse = useCallback(
    async (subject: string, load: (onStage: (stage: LoadStage) => void) => Promise<LoadResult>) => {
      const id = ++generation.current;
      const current = () => id === generation.current;
      const startedAt = performance.now();
      setStatus({ state: 'working', stage: 'starting', subject, startedAt });
      setLoaded(null);
      setView(null);
      try {
        const result = await load((stage) => current() && setStatus((s) => (s.state === 'working' ? { ...s, stage } : s)));
        const params = { ...thresholds.current, referenceDate: result.defaultReferenceDate };
        if (current()) setStatus((s) => (s.state === 'working' ? { ...s, stage: 'segmenting' } : s));
        const segmented = await engine.segment(params, REPORT_ROWS);
        if (!current()) return;
        setLoaded(result);
        setView(segmented);
        setStatus({ state: 'ready', subject: `Analysed ${subject}`, durationMs: performance.now() - startedAt });
      } catch (error) {
        if (current()) setStatus(errorStatus(error));
      }
    },
    [engine],
  );

  const resegment = useCallback(
    async (params: SegmentParams) => {
      const id = ++generation.current;
      thresholds.current = { valuePercentile: params.valuePercentile, activeDays: params.activeDays };
      const startedAt = performance.now();
      setStatus({ state: 'working', stage: 'updating', subject: 'new thresholds', startedAt });
      try {
        const segmented = await engine.segment(params, REPORT_ROWS);
        if (id !== generation.current) return;
        setView(segmented);
        setStatus({ state: 'ready', subject: 'Updated the tiers', durationMs: performance.now() - startedAt });
      } catch (error) {
        if (id === generation.current) setStatus(errorStatus(error));
      }
    },
    [engine],
  );

  const cancel = useCallback(() => {
    generation.current++;
    engine.cancel();
    watchEngineStart();
    setLoaded(null);
    setView(null);
    setStatus({ state: 'idle', message: 'Cancelled. Choose a file or the sample data to start again.' });
  }, [engine, watchEngineStart]);

  /** A failure outside an analysis (an export, say): the results stay, the status says what failed. */
  const reportError = useCallback((error: unknown) => setStatus(errorStatus(error)), []);

  return {
    status,
    engineReady,
    loaded,
    view,
    loadFile: (file: File) => analyse(file.name, (onStage) => engine.loadFile(file, onStage)),
    loadSample: () => analyse('the sample data', (onStage) => engine.loadSample(onStage)),
    resegment,
    cancel,
    reportError,
  };
}

function errorStatus(error: unknown): Status {
  const known = error instanceof Error && ['InputError', 'EngineCrashed'].includes(error.name);
  const message = known
    ? (error as Error).message
    : `Something unexpected went wrong: ${error instanceof Error ? error.message : String(error)}. Try again, or reload the page.`;
  return { state: 'error', message };
}
