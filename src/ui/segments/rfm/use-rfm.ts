import { useEffect, useEffectEvent, useState } from 'react';
import type { LoadResult } from '../../../protocol/load';
import type { EngineClient } from '../../../engine/client';
import { DEFAULT_RFM_RULES, type RfmBucketId, type RfmRules } from '../../../model/segments/rfm-segments';
import { rfmView, type RfmCell, type RfmView } from '../../../model/segments/rfm-totals';
import type { Segmentation } from '../../../model/segments/segment-info';
import type { Status } from '../../load/status';

interface Choice {
  segmentation: Segmentation;
  rules: RfmRules;
  /** When the user made it, for the status bar's clock. */
  at: number;
}

/** A file's score cells, and the segment totals of the rules last applied to them. */
interface Segmented {
  loaded: LoadResult;
  cells: RfmCell[];
  view: RfmView;
}

/**
 * The segmentation switch and the RFM rule table. The customers and revenue per combination of
 * scores are fetched from the worker once per file, when the RFM view is first shown; a rule table
 * is then applied to those (at most 125) cells right here, so editing a rule updates every total at
 * once, even while the worker is busy fitting models. Until the cells arrive the status says the
 * app is working, so `ready` still means everything on screen is current.
 */
export type RfmState = ReturnType<typeof useRfm>;

export function useRfm(engine: EngineClient, loaded: LoadResult | null, analysisStatus: Status) {
  const [choice, setChoice] = useState<Choice>({ segmentation: 'tiers', rules: DEFAULT_RFM_RULES, at: 0 });
  const [selected, setSelected] = useState<RfmBucketId>('at_risk');
  const [segmented, setSegmented] = useState<Segmented | null>(null);
  const [failure, setFailure] = useState<{ loaded: LoadResult; message: string } | null>(null);
  const [update, setUpdate] = useState<{ after: Status; durationMs: number } | null>(null);
  const { segmentation, rules } = choice;
  const current = segmented && segmented.loaded === loaded ? segmented : null;
  const wanted = loaded !== null && segmentation === 'rfm' && current === null;

  // The rules may have changed while the cells were on their way: apply the latest.
  const onCells = useEffectEvent((forFile: LoadResult, cells: RfmCell[]) => setSegmented({ loaded: forFile, cells, view: rfmView(cells, choice.rules) }));

  useEffect(() => {
    if (!wanted || !loaded) return;
    let live = true;
    engine.rfmCells().then(
      (cells) => live && onCells(loaded, cells),
      (error: unknown) => live && setFailure({ loaded, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [engine, loaded, wanted]);

  const view = current && current.view.rules === rules ? current.view : null;
  const failed = failure?.loaded === loaded ? failure.message : null;
  const pending = loaded !== null && segmentation === 'rfm' && view === null && failed === null;

  const status = rfmStatus(analysisStatus, { failed, pending, startedAt: choice.at, update: segmentation === 'rfm' ? update : null });

  const setRules = (next: RfmRules) => {
    const startedAt = performance.now();
    setChoice((before) => ({ ...before, rules: next, at: startedAt }));
    if (!current) return;
    setSegmented({ ...current, view: rfmView(current.cells, next) });
    setUpdate({ after: analysisStatus, durationMs: performance.now() - startedAt });
  };

  return {
    segmentation,
    rules,
    view,
    status,
    selected,
    setSelected,
    setSegmentation: (next: Segmentation) => setChoice((before) => ({ ...before, segmentation: next, at: performance.now() })),
    setRules,
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
