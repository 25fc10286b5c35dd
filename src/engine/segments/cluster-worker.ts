/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { localFitter } from '../../model/segments/clusters/choose-k';
import type { StartRange, StartsFit } from '../../model/segments/clusters/kmeans';

/**
 * A cluster worker: holds one file's cluster features and runs ranges of k-means starts and
 * silhouettes on them, so the seconds of arithmetic never hold up the engine worker's queries. The
 * engine worker starts two of these and hands each k's starts to whichever is free (cluster-workers.ts).
 */
let fitter: ReturnType<typeof localFitter> | null = null;

function prepared(): ReturnType<typeof localFitter> {
  if (!fitter) throw new Error('invalid cluster worker call: no customers prepared');
  return fitter;
}

const api = {
  prepare(points: Float64Array, seed: number): void {
    fitter = localFitter(points, { seed });
  },
  fitStarts(k: number, range: StartRange): StartsFit {
    const fit = prepared().fitStartsNow(k, range);
    return Comlink.transfer(fit, [fit.labels.buffer as ArrayBuffer, fit.centroids.buffer as ArrayBuffer]);
  },
  silhouette(labels: Int32Array, k: number): number {
    return prepared().silhouetteNow(labels, k);
  },
};

export type ClusterWorkerApi = typeof api;

Comlink.expose(api);
