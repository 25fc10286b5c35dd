import { formatFileSize } from '../../model/shared/format';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadResult, LoadStage } from '../../protocol/load';
import type { SegmentParams, SegmentView } from '../../protocol/segments';
import type { EngineClient } from '../../engine/client';
import type { LoadProgress, ReadOptions } from '../../protocol/load';
import type { LoadPlan } from '../../model/load/load-plan';
import { failureDetail, isEngineCrash, isInputError, type FailureDetail } from '../../protocol/errors';
import { tierTotals } from '../../model/segments/tier-totals';
import { DEFAULT_THRESHOLDS } from '../../model/segments/tiers';
import { localIsoDate } from '../../model/shared/iso-date';
import { useFileLoading, type LoadFlow } from './use-file-loading';
import { withPhaseStart, type ShownProgress } from './ProgressBar';

export const REPORT_ROWS = 100;

export type Status =
  | { state: 'idle'; message?: string; /** The cancelled files, which can be read again. */ cancelled?: string }
  | { state: 'working'; stage: LoadStage | 'updating'; subject: string; startedAt: number }
  | { state: 'ready'; subject: string; durationMs: number }
  | { state: 'error'; message: string; /** The engine's words and SQL, for a bug report. */ detail?: FailureDetail };

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
  const [progress, setProgress] = useState<ShownProgress | null>(null);
  const progressRef = useRef<ShownProgress | null>(null);

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
    async (subject: string, load: (onStage: (stage: LoadStage) => void, onProgress: (progress: LoadProgress) => void) => Promise<LoadResult | null>) => {
      const id = ++generation.current;
      const current = () => id === generation.current;
      const startedAt = performance.now();
      setStatus({ state: 'working', stage: 'starting', subject, startedAt });
      setLoaded(null);
      setView(null);
      setProgress(null);
      try {
        progressRef.current = null;
        const result = await load(
          (stage) => current() && setStatus((s) => (s.state === 'working' ? { ...s, stage } : s)),
          (next) => {
            if (!current()) return;
            progressRef.current = withPhaseStart(next, progressRef.current);
            setProgress(progressRef.current);
          },
        );
        if (!current()) return;
        setProgress(null);
        if (result === null) {
          setStatus({ state: 'idle', message: `Check how the columns of ${subject} are read, then press Analyse.` });
          return;
        }
        const params = { ...thresholds.current, referenceDate: result.defaultReferenceDate };
        if (current()) setStatus((s) => (s.state === 'working' ? { ...s, stage: 'segmenting' } : s));
        const lists = await engine.reports(params, REPORT_ROWS);
        if (!current()) return;
        setLoaded(result);
        setView({ params, ...tierTotals(result.tierCells, params), ...lists, reportsFor: params });
        setStatus({ state: 'ready', subject: `Analysed ${subject}`, durationMs: performance.now() - startedAt });
      } catch (error) {
        if (current()) setStatus(errorStatus(error, progressRef.current));
        if (current()) setProgress(null);
      }
    },
    [engine],
  );
  const files = useFileLoading(engine, analyse);

  /**
   * New thresholds: the tier totals are added up here from the file's tier cells at once, even
   * while the engine is busy (a model fit, say); the two reports' lists follow from the engine and
   * show that they are updating until then.
   */
  const resegment = useCallback(
    async (params: SegmentParams) => {
      if (!loaded) return;
      const id = ++generation.current;
      thresholds.current = { valuePercentile: params.valuePercentile, activeDays: params.activeDays };
      const startedAt = performance.now();
      try {
        const totals = tierTotals(loaded.tierCells, params);
        setView((before) => before && { ...before, ...totals, params });
        setStatus({ state: 'ready', subject: 'Updated the tiers', durationMs: performance.now() - startedAt });
        const lists = await engine.reports(params, REPORT_ROWS);
        if (id !== generation.current) return;
        setView((before) => before && { ...before, ...lists, reportsFor: params });
      } catch (error) {
        if (id === generation.current) setStatus(errorStatus(error));
      }
    },
    [engine, loaded],
  );

  const cancel = useCallback(() => {
    generation.current++;
    engine.cancel();
    watchEngineStart();
    setLoaded(null);
    setView(null);
    setProgress(null);
    files.closeMapping();
    // Only a load of chosen files can be taken up again, not the sample or a threshold change.
    const subject = status.state === 'working' && status.stage !== 'updating' && files.hasFiles() ? status.subject : undefined;
    setStatus({ state: 'idle', message: 'Cancelled. Nothing was kept. Choose a file or the sample data to start again.', cancelled: subject });
  }, [engine, watchEngineStart, files, status]);

  /** A failure outside an analysis (an export, say): the results stay, the status says what failed. */
  const reportError = useCallback((error: unknown) => setStatus(errorStatus(error)), []);

  return {
    status,
    engineReady,
    loaded,
    view,
    progress,
    loadFile: (file: File) => files.loadFiles([file]),
    loadFiles: files.loadFiles,
    loadSample: () => {
      files.forget();
      return analyse('the sample data', (onStage) => engine.loadSample(onStage, localIsoDate()));
    },
    /** The mapping screen's state and actions (null when it is not shown). */
    mapping: files.mapping,
    confirmMapping: (plan: LoadPlan) => files.confirmMapping(plan),
    closeMapping: () => {
      files.closeMapping();
      setStatus((s) => (s.state === 'idle' ? { state: 'idle' } : s));
    },
    changeReadOptions: (options: ReadOptions) => files.changeReadOptions(options),
    reopenMapping: files.reopenMapping,
    loadActions: files.actions(loaded, (error: unknown) => setStatus(errorStatus(error))),
    resegment,
    cancel,
    reportError,
  };
}

function errorStatus(error: unknown, progress: LoadProgress | null = null): Status {
  const known = isInputError(error) || isEngineCrash(error);
  // Anything else is a bug on this page: its own words go to the details, not the message.
  const detail = failureDetail(error) ?? (known ? undefined : { stage: 'start' as const, engineMessage: error instanceof Error ? error.message : String(error) });
  const message = known ? (error as Error).message : 'Something unexpected went wrong. Try again, or reload the page; the details below help a bug report.';
  return { state: 'error', message: withFigureReached(message, progress), detail };
}

/** A load that ran out of memory says how far it got, so the user knows what size the browser managed. */
function withFigureReached(message: string, progress: LoadProgress | null): string {
  if (!progress || progress.bytesTotal === 0 || !/memory|engine stopped/i.test(message)) return message;
  const share = Math.round((100 * progress.bytesRead) / progress.bytesTotal);
  return `${message} It had read ${formatFileSize(progress.bytesRead)} of ${formatFileSize(progress.bytesTotal)} (${share}%) of the file when it stopped.`;
}

export type { LoadFlow };
