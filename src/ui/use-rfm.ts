import { useEffect, useEffectEvent, useState } from 'react';
import type { LoadResult } from '../engine/api';
import type { EngineClient } from '../engine/client';
import type { RfmView } from '../engine/rfm-api';
import { DEFAULT_RFM_RULES, type RfmBucketId, type RfmRules } from '../model/rfm-segments';
import type { Segmentation } from '../model/segment-info';
import type { Status } from './use-analysis';

interface Choice {
  segmentation: Segmentation;
  rules: RfmRules;
  /** When the user made it, for the status bar's clock. */
  at: number;
}

interface Fetched {
  loaded: LoadResult;
  rules: RfmRules;
  view: RfmView;
}

/**
 * The segmentation switch and the RFM rule table. The named segments' totals are fetched from the
 * worker whenever the rules (or the file) change while the RFM view is shown; until they arrive the
 * status says the app is working, so `ready` still means everything on screen is current.
 */
export function useRfm(engine: EngineClient, loaded: LoadResult | null, analysisStatus: Status) {
  const [choice, setChoice] = useState<Choice>({ segmentation: 'tiers', rules: DEFAULT_RFM_RULES, at: 0 });
  const [selected, setSelected] = useState<RfmBucketId>('at_risk');
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const [failure, setFailure] = useState<{ rules: RfmRules; message: string } | null>(null);
  const [update, setUpdate] = useState<{ after: Status; durationMs: number } | null>(null);
  const { segmentation, rules } = choice;

  const onFetched = useEffectEvent((result: Fetched, durationMs: number) => {
    // Only a change of rules on the same file earns its own "updated" message.
    if (fetched?.loaded === result.loaded) setUpdate({ after: analysisStatus, durationMs });
    setFetched(result);
  });

  useEffect(() => {
    if (!loaded || segmentation !== 'rfm') return;
    let live = true;
    const started = performance.now();
    engine.rfmSegments(rules).then(
      (view) => live && onFetched({ loaded, rules, view }, performance.now() - started),
      (error: unknown) => live && setFailure({ rules, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [engine, loaded, rules, segmentation]);

  const view = fetched && fetched.loaded === loaded && fetched.rules === rules ? fetched.view : null;
  const failed = failure?.rules === rules ? failure.message : null;
  const pending = loaded !== null && segmentation === 'rfm' && view === null && failed === null;

  const status = rfmStatus(analysisStatus, { failed, pending, startedAt: choice.at, update: segmentation === 'rfm' ? update : null });

  return {
    segmentation,
    rules,
    view,
    status,
    selected,
    setSelected,
    setSegmentation: (next: Segmentation) => setChoice((current) => ({ ...current, segmentation: next, at: performance.now() })),
    setRules: (next: RfmRules) => setChoice((current) => ({ ...current, rules: next, at: performance.now() })),
  };
}

interface RfmProgress {
  /** Why the segments could not be computed, if they could not. */
  failed: string | null;
  /** The segments shown are not yet those of the current file and rules. */
  pending: boolean;
  startedAt: number;
  /** The last rule change, and the analysis status it followed. */
  update: { after: Status; durationMs: number } | null;
}

/**
 * What the status bar shows: the analysis status, unless the RFM segments are being (or were just)
 * updated. `ready` is only shown when everything on screen is current.
 */
export function rfmStatus(analysis: Status, { failed, pending, startedAt, update }: RfmProgress): Status {
  if (analysis.state !== 'ready') return analysis;
  if (failed) return { state: 'error', message: `The RFM segments could not be computed: ${failed}` };
  if (pending) return { state: 'working', stage: 'updating', subject: 'the RFM segments', startedAt };
  if (update?.after === analysis) return { state: 'ready', subject: 'Updated the RFM segments', durationMs: update.durationMs };
  return analysis;
}
