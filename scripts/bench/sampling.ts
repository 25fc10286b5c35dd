/** Small timing helpers shared by the benchmark's browser and native halves. */

export interface Sampler {
  /** Stops sampling and waits for a sample in flight, so peaks are final when it resolves. */
  stop(): Promise<void>;
}

/**
 * Calls `sample` now and then every `intervalMs` until stopped. A slow sample delays the next one
 * instead of overlapping it (CDP calls queue behind a busy page), and a failed sample is skipped:
 * a process or page may go away mid-read, which must not end the benchmark.
 */
export function sampleEvery(intervalMs: number, sample: () => void | Promise<void>): Sampler {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = () => {
    inFlight = Promise.resolve()
      .then(sample)
      .catch(() => {})
      .then(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/** The largest value offered so far. */
export class Peak {
  max = 0;

  offer(value: number): void {
    if (value > this.max) this.max = value;
  }
}

export const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT once `ms` have passed; the promise itself is not stopped. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
