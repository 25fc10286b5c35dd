import { useCallback, useMemo, useRef, useState } from 'react';
import type { EngineClient } from '../../../engine/client';
import type { LoadPlan } from '../../../model/load/load-plan';
import type { DateOrderQuestion, LoadProgress, LoadResult, LoadStage, ReadOptions, SourcePreview } from '../../../protocol/load';
import { localIsoDate } from '../../../model/shared/iso-date';
import { rememberPlan, rememberedPlan } from './mapping-memory';

/** The mapping screen's state: the files, what they look like, the plan shown, and any question. */
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

/** One load, as the owner of the load lifecycle runs it: a result, or null when the mapping screen waits. */
export type Load = (onStage: (stage: LoadStage) => void, onProgress: (progress: LoadProgress) => void) => Promise<LoadResult | null>;

export function subjectOf(files: readonly File[]): string {
  return files.length === 1 ? files[0].name : `${files.length} files`;
}

/**
 * From files chosen to a plan: each step returns a Load for the owner (use-analysis.ts) to run. The
 * files are inspected, run straight on when the layout is known, or wait on the mapping screen
 * (starting from the mapping this browser remembers for the header); dates that fit both day/month
 * orders bring the screen back with a question.
 */
export function useMappingFlow(engine: EngineClient) {
  const [mapping, setMapping] = useState<MappingState | null>(null);
  const session = useRef<Session | null>(null);
  /** The files being worked on, known before they have been inspected (a cancel can come first). */
  const chosen = useRef<{ files: File[]; readOptions: ReadOptions } | null>(null);

  const analyseWith = useCallback(
    (base: Session, plan: LoadPlan): Load =>
      async (onStage, onProgress) => {
        if (base.engineRun !== engine.restarts()) {
          // The engine was restarted (a crash, running out of memory) since these files were read.
          await engine.inspect(base.files, base.readOptions, onProgress);
          base.engineRun = engine.restarts();
        }
        const outcome = await engine.analyse(plan, onStage, onProgress, localIsoDate());
        if (outcome.kind === 'loaded') return outcome.result;
        setMapping({ ...base, plan, question: outcome, remembered: false });
        return null;
      },
    [engine],
  );

  const inspect = useCallback(
    (files: File[], readOptions: ReadOptions, runKnown: boolean): Load => {
      setMapping(null);
      chosen.current = { files, readOptions };
      return async (onStage, onProgress) => {
        onStage('reading');
        const preview = await engine.inspect(files, readOptions, onProgress);
        const base: Session = { subject: subjectOf(files), files, preview, readOptions, engineRun: engine.restarts() };
        session.current = base;
        const remembered = rememberedPlan(preview.signature, preview.headers.length);
        const plan = remembered ?? preview.detection.plan;
        if (runKnown && preview.detection.full) return analyseWith(base, plan)(onStage, onProgress);
        setMapping({ ...base, plan, question: null, remembered: remembered !== null });
        return null;
      };
    },
    [engine, analyseWith],
  );

  return useMemo(
    () => ({
      mapping,
      /** The files chosen, read with the layout detected (or the mapping screen when it is not known). */
      choose: (files: File[]) => inspect(files, {}, true),
      confirm(plan: LoadPlan): { subject: string; load: Load } | null {
        const base = session.current;
        if (!base) return null;
        rememberPlan(base.preview.signature, plan);
        setMapping(null);
        return { subject: base.subject, load: analyseWith(base, plan) };
      },
      /** Another encoding or delimiter needs the files inspected again. */
      withReadOptions(options: ReadOptions): { subject: string; load: Load } | null {
        const base = session.current;
        return base && { subject: base.subject, load: inspect(base.files, { ...base.readOptions, ...options }, false) };
      },
      /** After a cancel the engine has forgotten the files, but the page still holds them. */
      reopen(): { subject: string; load: Load } | null {
        const files = chosen.current;
        return files && { subject: subjectOf(files.files), load: inspect(files.files, files.readOptions, false) };
      },
      /** The same files analysed again with a changed plan (duplicates or lines dated after today left out or kept). */
      withPlan(plan: LoadPlan): { subject: string; load: Load } | null {
        const base = session.current;
        return base && { subject: base.subject, load: analyseWith(base, plan) };
      },
      editMapping(plan: LoadPlan) {
        const base = session.current;
        if (base) setMapping({ ...base, plan, question: null, remembered: false });
      },
      close: () => setMapping(null),
      hasFiles: () => chosen.current !== null,
      /** Another source (the sample data) replaces the files. */
      forget() {
        session.current = null;
        chosen.current = null;
        setMapping(null);
      },
    }),
    [mapping, inspect, analyseWith],
  );
}
