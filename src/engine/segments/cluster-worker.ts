/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { localFitter } from '../../model/segments/clusters/choose-k';
import { betterFit, type StartRange, type StartsFit } from '../../model/segments/clusters/kmeans';
import { KeptLabels, withoutLabels, type StartOutcome } from './kept-labels';

/**
 * A cluster worker: holds one file's cluster features and runs ranges of k-means starts and
 * silhouettes on them, so the seconds of arithmetic never hold up the engine worker's queries. The
 * engine worker starts two of these and hands each k's starts to whichever is free (cluster-workers.ts).
 */
let fitter: ReturnType<typeof localFitter> | null = null;
const kept = new KeptLabels<StartsFit>();

function prepared(): ReturnType<typeof localFitter> {
  if (!fitter) throw new Error('invalid cluster worker call: no customers prepared');
  return fitter;
}

const api = {
  prepare(points: Float64Array, seed: number): void {
    fitter = localFitter(points, { seed });
    kept.clear();
  },
  fitStarts(k: number, range: StartRange): StartsFit {
    const fit = prepared().fitStartsNow(k, range);
    return Comlink.transfer(fit, [fit.labels.buffer as ArrayBuffer, fit.centroids.buffer as ArrayBuffer]);
  },
  /**
   * One start, answered without its labels: they stay here while it is the best of its range
   * (`group`) so far, and only the winner's cross to the engine worker (`takeLabels`).
   */
  fitStartKeepingLabels(k: number, start: number, group: number): StartOutcome {
    const fit = prepared().fitStartsInSpatialOrder(k, { first: start, count: 1 });
    kept.offer(k, group, fit, betterFit);
    return withoutLabels(fit);
  },
  takeLabels(k: number, group: number, start: number): Int32Array {
    const labels = prepared().inPointOrder(kept.take(k, group, start).labels);
    return Comlink.transfer(labels, [labels.buffer as ArrayBuffer]);
  },
  silhouette(labels: Int32Array, k: number): number {
    return prepared().silhouetteNow(labels, k);
  },
};

export type ClusterWorkerApi = typeof api;

Comlink.expose(api);
