import { useCallback, useMemo, useRef, useState } from 'react';
import type { LoadResult, LoadStage } from '../../protocol/load';
import type { EngineClient } from '../../engine/client';
import type { DateOrderQuestion, LoadProgress, ReadOptions, SourcePreview } from '../../protocol/load';
import type { LoadPlan } from '../../model/load/load-plan';
import { rememberPlan, rememberedPlan } from './mapping-memory';
import { downloadBlob } from '../shared/download';
import { localIsoDate } from '../../model/shared/iso-date';

/**
 * From files chosen to a plan: inspect them, run straight on when the layout is known, otherwise
 * show the mapping screen (starting from the mapping this browser remembers for the header), and
 * ask when the dates fit both day/month orders. The results keep the mapping one click away.
 */
export interface MappingState {
  subject: string;
  files: File[];
  preview: SourcePreview;
  readOptions: ReadOptions;
  plan: LoadPlan;
  question: DateOrderQuestion | null;
  remembered: boolean;
}

type Session = Omit<MappingState, 'plan' | 'question' | 'remembered'> & {
  /** engine.restarts() when the files were inspected: a fresh engine since then has never seen them. */
  engineRun: number;
};

export type LoadFlow = (
  subject: string,
  load: (onStage: (stage: LoadStage) => void, onProgress: (progress: LoadProgress) => void) => Promise<LoadResult | null>,
) => Promise<void>;

export interface LoadActions {
  editMapping(): void;
  setDropDuplicates(drop: boolean): void;
  setIncludeFutureDates(include: boolean): void;
  downloadRejected(): Promise<void>;
}

export function useFileLoading(engine: EngineClient, analyse: LoadFlow) {
  const [mapping, setMapping] = useState<MappingState | null>(null);
  const session = useRef<Session | null>(null);
  /** The files being worked on, known before they have been inspected (a cancel can come first). */
  const chosen = useRef<{ files: File[]; readOptions: ReadOptions } | null>(null);

  const analyseWith = useCallback(
    async (base: Session, plan: LoadPlan, onStage: (stage: LoadStage) => void, onProgress: (progress: LoadProgress) => void) => {
      if (base.engineRun !== engine.restarts()) {
        // The engine was restarted (a crash, running out of memory) since these files were read.
        await engine.inspect(base.files, base.readOptions, onProgress);
        base.engineRun = engine.restarts();
      }
      const outcome = await engine.analyse(plan, onStage, onProgress, localIsoDate());
      if (outcome.kind === 'date-order') {
        setMapping({ ...base, plan, question: outcome, remembered: false });
        return null;
      }
      return outcome.result;
    },
    [engine],
  );

  const inspectThen = useCallback(
    (files: File[], readOptions: ReadOptions, runKnown: boolean) => {
      setMapping(null);
      chosen.current = { files, readOptions };
      const subject = files.length === 1 ? files[0].name : `${files.length} files`;
      return analyse(subject, async (onStage, onProgress) => {
        onStage('reading');
        const preview = await engine.inspect(files, readOptions, onProgress);
        const base: Session = { subject, files, preview, readOptions, engineRun: engine.restarts() };
        session.current = base;
        const remembered = rememberedPlan(preview.signature, preview.headers.length);
        const plan = remembered ?? preview.detection.plan;
        if (runKnown && preview.detection.full) return analyseWith(base, plan, onStage, onProgress);
        setMapping({ ...base, plan, question: null, remembered: remembered !== null });
        return null;
      });
    },
    [engine, analyse, analyseWith],
  );

  const loadFiles = useCallback((files: File[]) => inspectThen(files, {}, true), [inspectThen]);

  const confirmMapping = useCallback(
    (plan: LoadPlan) => {
      const base = session.current;
      if (!base) return;
      rememberPlan(base.preview.signature, plan);
      setMapping(null);
      void analyse(base.subject, (onStage, onProgress) => analyseWith(base, plan, onStage, onProgress));
    },
    [analyse, analyseWith],
  );

  const changeReadOptions = useCallback(
    (options: ReadOptions) => {
      const base = session.current;
      if (base) void inspectThen(base.files, { ...base.readOptions, ...options }, false);
    },
    [inspectThen],
  );

  /**
   * After a cancel the engine has forgotten the files, but the page still holds them: read them again
   * and wait on the mapping screen, so a user who cancelled to fix a column need not choose them again.
   */
  const reopenMapping = useCallback(() => {
    if (chosen.current) void inspectThen(chosen.current.files, chosen.current.readOptions, false);
  }, [inspectThen]);

  const closeMapping = useCallback(() => setMapping(null), []);
  const hasFiles = useCallback(() => chosen.current !== null, []);
  /** Another source (the sample data) replaces the files. */
  const forget = useCallback(() => {
    session.current = null;
    chosen.current = null;
    setMapping(null);
  }, []);

  const actions = useCallback(
    (loaded: LoadResult | null, reportError: (error: unknown) => void): LoadActions | null => {
      if (!loaded) return null;
      return {
        editMapping() {
          const base = session.current;
          if (base) setMapping({ ...base, plan: loaded.plan, question: null, remembered: false });
        },
        setDropDuplicates(drop: boolean) {
          const base = session.current;
          if (base) void analyse(base.subject, (onStage, onProgress) => analyseWith(base, { ...loaded.plan, dropDuplicates: drop }, onStage, onProgress));
        },
        setIncludeFutureDates(include: boolean) {
          const base = session.current;
          if (base) void analyse(base.subject, (onStage, onProgress) => analyseWith(base, { ...loaded.plan, includeFutureDates: include }, onStage, onProgress));
        },
        async downloadRejected() {
          try {
            const blob = await engine.rejectedLinesCsv();
            downloadBlob(`${loaded.fileName.replace(/\.[^.]+$/, '')}-left-out-lines.csv`, blob);
          } catch (error) {
            reportError(error);
          }
        },
      };
    },
    [engine, analyse, analyseWith],
  );

  return useMemo(
    () => ({ mapping, loadFiles, confirmMapping, changeReadOptions, reopenMapping, closeMapping, forget, hasFiles, actions }),
    [mapping, loadFiles, confirmMapping, changeReadOptions, reopenMapping, closeMapping, forget, hasFiles, actions],
  );
}
