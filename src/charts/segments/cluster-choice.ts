import * as Plot from '@observablehq/plot';
import type { KCandidate } from '../../model/segments/clusters/choose-k';

export type ChoiceMeasure = 'inertia' | 'silhouette';

/** One point per k tried, with whether it is the k shown and the one the silhouette suggests. */
export interface ChoicePoint {
  k: number;
  value: number;
  shown: boolean;
  best: boolean;
}

export function choicePoints(candidates: readonly KCandidate[], measure: ChoiceMeasure, shownK: number, bestK: number): ChoicePoint[] {
  return candidates.filter((candidate) => Number.isFinite(candidate[measure])).map((candidate) => ({
    k: candidate.k,
    value: candidate[measure],
    shown: candidate.k === shownK,
    best: candidate.k === bestK,
  }));
}

const LABELS: Record<ChoiceMeasure, string> = {
  inertia: '↑ inertia (lower: tighter clusters)',
  silhouette: '↑ mean silhouette (higher: better separated)',
};

/**
 * The elbow (inertia by k: where it stops falling steeply) or the silhouette by k (the highest is the
 * default). The k shown is a filled dot; the k the silhouette suggests is ringed.
 */
export function clusterChoiceOptions(candidates: readonly KCandidate[], measure: ChoiceMeasure, shownK: number, bestK: number, width = 360): Plot.PlotOptions {
  const points = choicePoints(candidates, measure, shownK, bestK);
  return {
    width,
    height: 200,
    marginLeft: 56,
    x: { label: 'k (clusters) →', ticks: candidates.map((candidate) => candidate.k), tickFormat: 'd' },
    y: { label: LABELS[measure], grid: true, zero: measure === 'inertia' },
    marks: [
      Plot.lineY(points, { x: 'k', y: 'value', stroke: '#3a6ea5', strokeWidth: 2 }),
      Plot.dot(points, { x: 'k', y: 'value', r: 4, fill: (point: ChoicePoint) => (point.shown ? '#c0392b' : 'white'), stroke: '#3a6ea5' }),
      Plot.dot(points.filter((point) => point.best), { x: 'k', y: 'value', r: 8, stroke: '#c0392b', strokeWidth: 1.5 }),
      Plot.tip(points, Plot.pointerX({ x: 'k', y: 'value', title: (point: ChoicePoint) => `k = ${point.k}: ${measure} ${point.value.toFixed(measure === 'inertia' ? 0 : 3)}` })),
    ],
  };
}
