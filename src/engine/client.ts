import * as Comlink from 'comlink';
import type { EngineApi } from '../protocol/engine-api';
import type { AnalyseOutcome } from '../protocol/load';
import { engineCrashed, needsFreshEngine } from '../protocol/errors';

/**
 * The main thread's handle on the engine worker. Calls made while the engine starts simply wait in
 * the worker. `cancel()` is honest cancellation: DuckDB-WASM cannot interrupt a running scan, so the
 * worker is terminated and a fresh one started; the same happens when the engine crashes or runs
 * out of memory (a worn engine would refuse every later file).
 */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** What the UI may ask of the engine; the worker boundary (comlink) stays inside this module. */
export interface EngineClient extends EngineApi {
  /** Stops whatever is running; the engine starts afresh and the app stays usable. */
  cancel(): void;
  /** How many fresh engines were started (cancel, crash, out of memory): files inspected before one are gone from it. */
  restarts(): number;
}

interface RunningEngine {
  worker: Worker;
  api: Comlink.Remote<EngineApi>;
  stopped: Promise<never>;
  stop(reason: Error): void;
}

function startEngine(onCrash: (error: Error) => void): RunningEngine {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'retention-engine' });
  let stop: (reason: Error) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  stopped.catch(() => {}); // observed by the calls that race it, not an unhandled rejection
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(engineCrashed(event.message || 'the worker stopped'));
  });
  return { worker, api: Comlink.wrap<EngineApi>(worker), stopped, stop };
}

export function createEngineClient(): EngineClient {
  // A crashed worker is replaced at once, so the next file works; calls in flight get the reason.
  let restarts = 0;
  const restart = (reason: Error) => {
    restarts++;
    engine.stop(reason);
    engine.worker.terminate();
    engine = startEngine(restart);
  };
  let engine = startEngine(restart);
  async function call<T>(work: (api: Comlink.Remote<EngineApi>) => Promise<T>): Promise<T> {
    const current = engine;
    try {
      return await Promise.race([work(current.api), current.stopped]);
    } catch (error) {
      if (needsFreshEngine(error) && current === engine) restart(error);
      throw error;
    }
  }
  return {
    whenReady: () => call((api) => api.whenReady()),
    loadSample: (onStage, today) => call((api) => api.loadSample(Comlink.proxy(onStage), today)),
    inspect: (files, options, onProgress) => call((api) => api.inspect(files, options, Comlink.proxy(onProgress))),
    checkMapping: (plan) => call((api) => api.checkMapping(plan)),
    analyse: (plan, onStage, onProgress, today) =>
      call((api) => api.analyse(plan, Comlink.proxy(onStage), Comlink.proxy(onProgress), today) as Promise<AnalyseOutcome>),
    rejectedLinesCsv: () => call((api) => api.rejectedLinesCsv()),
    duplicateCount: () => call((api) => api.duplicateCount()),
    reports: (params, reportRows) => call((api) => api.reports(params, reportRows)),
    customers: (params, segment, limit, offset) => call((api) => api.customers(params, segment, limit, offset)),
    rfmCells: () => call((api) => api.rfmCells()),
    clusters: (referenceDate, k) => call((api) => api.clusters(referenceDate, k)),
    chartData: (referenceDate, recencyBasis) => call((api) => api.chartData(referenceDate, recencyBasis)),
    customerPage: (params, rules, query) => call((api) => api.customerPage(params, rules, query)),
    customerDetail: (params, rules, customerId) => call((api) => api.customerDetail(params, rules, customerId)),
    exportCsv: (params, rules, filter, plays) => call((api) => api.exportCsv(params, rules, filter, plays)),
    predict: (params, settings, reportRows) => call((api) => api.predict(params, settings, reportRows)),
    keptAnalysis: () => call((api) => api.keptAnalysis()),
    keepAnalysis: (result) => call((api) => api.keepAnalysis(result)),
    reopenAnalysis: (onStage) => call((api) => api.reopenAnalysis(Comlink.proxy(onStage))),
    forgetAnalysis: () => call((api) => api.forgetAnalysis()),
    customerFacts: (params, rules, query) => call((api) => api.customerFacts(params, rules, query)),
    revenueByCurrency: (params, rules, segmentation) => call((api) => api.revenueByCurrency(params, rules, segmentation)),
    pipelineScript: (dialect) => call((api) => api.pipelineScript(dialect)),
    asOfColumns: (asOfDate) => call((api) => api.asOfColumns(asOfDate)),
    customerIdsAt: (positions) => call((api) => api.customerIdsAt(positions)),
    segmentComparison: (params, rules, segmentation, topProducts) => call((api) => api.segmentComparison(params, rules, segmentation, topProducts)),
    restarts: () => restarts,
    cancel() {
      restart(new CancelledError('Cancelled. Nothing was kept from that file; choose a file to start again.'));
    },
  };
}
