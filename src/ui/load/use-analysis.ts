import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { LoadPlan } from '../../model/load/load-plan';
import { localIsoDate } from '../../model/shared/iso-date';
import type { KeptAnalysis } from '../../protocol/keep';
import type { LoadResult, ReadOptions } from '../../protocol/load';
import { useTierView, type TierChoice } from '../segments/use-tier-view';
import { downloadRejectedLines } from './download-rejected';
import { askDuplicateCount } from './DuplicatesNote';
import { errorStatus, type Status } from './status';
import { useEngineReady } from './use-engine-ready';
import { useLoadProgress } from './use-load-progress';
import { useMappingFlow, type Load } from './mapping/use-mapping-flow';

/** What the cleaning report offers once a file is analysed. */
export interface LoadActions {
  editMapping(): void;
  setDropDuplicates(drop: boolean): void;
  setIncludeFutureDates(include: boolean): void;
  downloadRejected(): Promise<void>;
}

/**
 * The one owner of the load lifecycle: which file is analysed, what the status says, and the tiers
 * shown. Every load (files, the sample, a confirmed mapping, a changed option) runs through `run`; a
 * generation counter drops answers that arrive after the user has moved on.
 */
export function useAnalysis(engine: EngineClient) {
  const tiers = useTierView(engine);
  // Tier rules in the page address that cannot be used are said at once; the default rules apply.
  const [status, setStatus] = useState<Status>(() => (tiers.linkProblem ? { state: 'idle', message: tiers.linkProblem } : { state: 'idle' }));
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const generation = useRef(0);
  const engineStart = useEngineReady(engine);
  const flow = useMappingFlow(engine);
  const progress = useLoadProgress();

  const run = useCallback(
    async (subject: string, load: Load) => {
      const id = ++generation.current;
      const current = () => id === generation.current;
      const startedAt = performance.now();
      setStatus({ state: 'working', stage: 'starting', subject, startedAt });
      setLoaded(null);
      tiers.setView(null);
      progress.clear();
      try {
        const result = await load((stage) => current() && setStatus((s) => (s.state === 'working' ? { ...s, stage } : s)), (next) => current() && progress.report(next));
        if (!current()) return;
        progress.clear();
        if (result === null) return setStatus({ state: 'idle', message: `Check how the columns of ${subject} are read, then press Analyse.` });
        const { view, lists } = tiers.open(result);
        setLoaded(result);
        tiers.setView(view);
        setStatus({ state: 'ready', subject: `Analysed ${subject}`, durationMs: performance.now() - startedAt });
        await lists;
      } catch (error) {
        if (current()) setStatus(errorStatus(error, progress.last()));
        if (current()) progress.clear();
      }
    },
    [tiers, progress],
  );
  // The duplicate lines are asked for once the tiers are drawn: asked for while they were drawn, the
  // engine's work held their first frame back by about 40 ms (DuplicatesNote.tsx).
  useEffect(() => {
    if (loaded) void askDuplicateCount(engine, loaded);
  }, [engine, loaded]);
  const runStep = (step: { subject: string; load: Load } | null) => void (step && run(step.subject, step.load));

  const resegment = async (choice: TierChoice) => {
    if (!loaded) return;
    const startedAt = performance.now();
    try {
      const lists = tiers.change(loaded, choice);
      setStatus({ state: 'ready', subject: 'Updated the tiers', durationMs: performance.now() - startedAt });
      await lists;
    } catch (error) {
      setStatus(errorStatus(error));
    }
  };

  const cancel = () => {
    generation.current++;
    engine.cancel();
    engineStart.watchRestart();
    setLoaded(null);
    tiers.setView(null);
    progress.clear();
    flow.close();
    // Only a load of chosen files can be taken up again, not the sample or a threshold change.
    const subject = status.state === 'working' && status.stage !== 'updating' && flow.hasFiles() ? status.subject : undefined;
    setStatus({ state: 'idle', message: 'Cancelled. Nothing was kept. Choose a file or the sample data to start again.', cancelled: subject });
  };

  return {
    status,
    engineReady: engineStart.ready,
    loaded,
    view: tiers.view,
    progress: progress.progress,
    mapping: flow.mapping,
    loadFiles: (files: File[]) => run(files.length === 1 ? files[0].name : `${files.length} files`, flow.choose(files)),
    loadSample: () => {
      flow.forget();
      return run('the sample data', (onStage) => engine.loadSample(onStage, localIsoDate()));
    },
    /** The analysis kept on this device, opened without its file. */
    reopenKept: (kept: KeptAnalysis) => {
      flow.forget();
      return run(`"${kept.fileName}", kept on this device`, (onStage) => engine.reopenAnalysis(onStage));
    },
    confirmMapping: (plan: LoadPlan) => runStep(flow.confirm(plan)),
    changeReadOptions: (options: ReadOptions) => runStep(flow.withReadOptions(options)),
    reopenMapping: () => runStep(flow.reopen()),
    closeMapping: () => {
      flow.close();
      setStatus((s) => (s.state === 'idle' ? { state: 'idle' } : s));
    },
    loadActions: loaded && ({
      editMapping: () => flow.editMapping(loaded.plan),
      setDropDuplicates: (drop: boolean) => runStep(flow.withPlan({ ...loaded.plan, dropDuplicates: drop })),
      setIncludeFutureDates: (include: boolean) => runStep(flow.withPlan({ ...loaded.plan, includeFutureDates: include })),
      downloadRejected: () => downloadRejectedLines(engine, loaded).catch((error: unknown) => setStatus(errorStatus(error))),
    } satisfies LoadActions),
    resegment,
    cancel,
    /** A failure outside an analysis (an export, say): the results stay, the status says what failed. */
    reportError: (error: unknown) => setStatus(errorStatus(error)),
  };
}

