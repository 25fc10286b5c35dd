import type { CustomerHistories } from '../../model/predict/customer-history';
import type { PredictionTimings } from '../../protocol/predict';
import type { PromiseMemo } from './promise-memo';

/** Where a prediction run gets customer histories, and what it keeps between runs (reset with each file). */
export interface PredictionSources {
  /** Every customer's history at `cutoff`, with their purchase days after it up to `laterEnd`; kept. */
  histories(cutoff: string, laterEnd: string): Promise<CustomerHistories>;
  /** The same, read afresh and not kept (for data needed once). */
  readHistories(cutoff: string, laterEnd: string): Promise<CustomerHistories>;
  memo: PromiseMemo;
}

/** Time spent per part of a run, and the point between stages where a replaced run stops. */
export interface StageClock {
  timings: PredictionTimings;
  /** Yields to other calls, then throws if a newer run has started. */
  checkpoint(): Promise<void>;
}

export async function timed<T>(clock: StageClock, part: keyof PredictionTimings, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    clock.timings[part] += performance.now() - started;
  }
}
