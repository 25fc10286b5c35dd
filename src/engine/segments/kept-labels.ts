import type { StartsFit } from '../../model/segments/clusters/kmeans';

/** A start's fit as it crosses to the engine worker: everything but the labels. */
export type StartOutcome = Omit<StartsFit, 'labels'>;

export function withoutLabels({ k, centroids, inertia, iterations, converged, relocations, start }: StartsFit): StartOutcome {
  return { k, centroids, inertia, iterations, converged, relocations, start };
}

/**
 * The best start so far of each range of starts (`group`) for the k being fitted, kept by a cluster
 * worker with its labels. A customer's label is 4 bytes, and ninety starts' labels sent to the engine
 * worker, where all but nine are garbage at once, held ~15 MB for 50,000 customers while DuckDB's
 * memory was at its peak. The ks are fitted one after another, so a new k forgets the last one's.
 */
export class KeptLabels<F extends StartsFit> {
  #k = 0;
  readonly #best = new Map<number, F>();

  offer(k: number, group: number, fit: F, better: (a: F, b: F) => F): void {
    if (k !== this.#k) this.clear();
    this.#k = k;
    const best = this.#best.get(group);
    if (!best || better(best, fit) === fit) this.#best.set(group, fit);
  }

  /** The kept fit of `group`, which must be `start` of `k`; it is then forgotten. */
  take(k: number, group: number, start: number): F {
    const best = this.#best.get(group);
    if (k !== this.#k || best?.start !== start) throw new Error(`invalid cluster worker call: no labels kept for k = ${k}, start ${start}`);
    this.#best.delete(group);
    return best;
  }

  clear(): void {
    this.#best.clear();
  }
}
