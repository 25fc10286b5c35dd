import * as Comlink from 'comlink';
import { localFitter, type KFitter } from '../../model/segments/clusters/choose-k';
import { betterFit, type StartRange } from '../../model/segments/clusters/kmeans';
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
 * worker gets the points once. The starts of a k go out one at a time, each to the next worker that
 * is free, and so do the silhouettes: a start can take five times as many passes as another, so
 * halves fixed in advance would often leave one worker idle while the other still had three starts
 * to run. The best start wins whichever worker ran it (`betterFit`); only its labels are sent back
 * (kept-labels.ts). `close` stops the workers, and any fit still running on them, at once.
 */
export function workerFitter(points: Float64Array, seed: number): KFitter {
  if (typeof Worker === 'undefined') return localFitter(points, { seed }); // a browser without nested workers
  const count = (navigator.hardwareConcurrency ?? 1) >= 2 ? MOST_WORKERS : 1;
  const workers = Array.from({ length: count }, (_, index) => startClusterWorker(index));
  const ready = workers.map((one) => call(one, () => one.api.prepare(points, seed)));
  ready.forEach((prepared) => prepared.catch(() => {})); // a stopped worker's failure reaches the fit through its calls
  const whenFree = freeWorkers(workers);
  const onFree = <T>(work: (one: ClusterWorker) => Promise<T>) =>
    whenFree(async (one) => {
      await ready[workers.indexOf(one)];
      return call(one, () => work(one));
    });
  return {
    parallel: count,
    fitStarts: async (k, range) => {
      const group = range.first;
      const fits = await Promise.all(
        eachStart(range).map((start) => onFree(async (one) => ({ one, fit: await one.api.fitStartKeepingLabels(k, start.first, group) }))),
      );
      const best = fits.reduce((a, b) => (betterFit(a.fit, b.fit) === a.fit ? a : b));
      const labels = await call(best.one, () => best.one.api.takeLabels(k, group, best.fit.start));
      return { ...best.fit, labels };
    },
    silhouette: (labels, k) => onFree((one) => one.api.silhouette(labels, k)),
    close: () => {
      for (const one of workers) {
        one.stop(new Error('The cluster fit was stopped.'));
        one.worker.terminate();
      }
    },
  };
}

/** Runs each piece of work on a worker with nothing else to do, in the order asked, waiting for one if need be. */
function freeWorkers(workers: readonly ClusterWorker[]): <T>(work: (one: ClusterWorker) => Promise<T>) => Promise<T> {
  const free = [...workers];
  const waiting: ((one: ClusterWorker) => void)[] = [];
  return async (work) => {
    const one = free.shift() ?? (await new Promise<ClusterWorker>((resolve) => waiting.push(resolve)));
    try {
      return await work(one);
    } finally {
      const next = waiting.shift();
      if (next) next(one);
      else free.push(one);
    }
  };
}

function eachStart({ first, count }: StartRange): StartRange[] {
  return Array.from({ length: count }, (_, index) => ({ first: first + index, count: 1 }));
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
