import * as Comlink from 'comlink';
import { localFitter, type KFitter } from '../../model/segments/clusters/choose-k';
import type { ClusterWorkerApi } from './cluster-worker';

/** Two workers halve a k's ten starts; more would compete for the cores DuckDB and the page use. */
const MOST_WORKERS = 2;

interface ClusterWorker {
  worker: Worker;
  api: Comlink.Remote<ClusterWorkerApi>;
  /** Rejects when the worker fails or is closed, so no call waits for ever. */
  stopped: Promise<never>;
  stop(reason: Error): void;
}

/**
 * Fits on cluster workers of their own: two where the machine has two cores or more, else one. Each
 * worker gets the points once; the starts of a k are split between them and the silhouettes handed
 * out in turn. `close` stops the workers, and any fit still running on them, at once.
 */
export function workerFitter(points: Float64Array, seed: number): KFitter {
  if (typeof Worker === 'undefined') return localFitter(points, { seed }); // a browser without nested workers
  const count = (navigator.hardwareConcurrency ?? 1) >= 2 ? MOST_WORKERS : 1;
  const workers = Array.from({ length: count }, (_, index) => startClusterWorker(index));
  const ready = workers.map((one) => call(one, () => one.api.prepare(points, seed)));
  ready.forEach((prepared) => prepared.catch(() => {})); // a stopped worker's failure reaches the fit through its calls
  let next = 0;
  const inTurn = () => workers[next++ % workers.length];
  return {
    parallel: count,
    fitStarts: async (k, range) => {
      const one = inTurn();
      await ready[workers.indexOf(one)];
      return call(one, () => one.api.fitStarts(k, range));
    },
    silhouette: async (labels, k) => {
      const one = inTurn();
      await ready[workers.indexOf(one)];
      return call(one, () => one.api.silhouette(labels, k));
    },
    close: () => {
      for (const one of workers) {
        one.stop(new Error('The cluster fit was stopped.'));
        one.worker.terminate();
      }
    },
  };
}

function startClusterWorker(index: number): ClusterWorker {
  const worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module', name: `retention-clusters-${index + 1}` });
  let stop: (reason: Error) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  stopped.catch(() => {}); // observed by the calls that race it
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop(new Error(`a cluster worker stopped: ${event.message || 'it could not start'}`));
  });
  return { worker, api: Comlink.wrap<ClusterWorkerApi>(worker), stopped, stop };
}

function call<T>(one: ClusterWorker, work: () => Promise<T>): Promise<T> {
  return Promise.race([work(), one.stopped]);
}
