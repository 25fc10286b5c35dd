import type { LoadTimings, LoadTimingStage } from '../../protocol/load';

/**
 * Where a load's time goes, measured around each stage as it runs (performance.now, in the worker
 * or in Node), so a slow load can be explained from the result itself rather than guessed at from
 * outside. A stage that runs twice (a file read again with the other decimal separator) adds up.
 */
export class StageClock {
  private readonly timings: LoadTimings;

  constructor(earlier: LoadTimings = {}) {
    this.timings = { ...earlier };
  }

  async time<T>(stage: LoadTimingStage, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.timings[stage] = (this.timings[stage] ?? 0) + performance.now() - started;
    }
  }

  /** The stages so far, in milliseconds. */
  timingsMs(): LoadTimings {
    return { ...this.timings };
  }
}
