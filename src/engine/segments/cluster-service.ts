import type { FitterFor } from '../../model/segments/clusters/customer-clusters';
import type { ClusterSummary } from '../../protocol/clusters';
import { InputError } from '../../protocol/errors';
import type { Connector } from '../db/connector';
import { applyCustomerClusters, fitCustomerClusters, type ClusterFit } from './clusters';

interface Fitting {
  referenceDate: string;
  fit: Promise<ClusterFit>;
  /** Whether a summary has already reported the fit's time (later ones reuse it: 0 ms). */
  reported: boolean;
  stop(): void;
}

/**
 * The loaded file's clusters: one fit per reference date, kept, so another k is only a relabelling
 * (no refit). A new reference date or a new file (`reset`) stops a fit still running.
 */
export class ClusterService {
  #fitting: Fitting | null = null;
  #generation = 0;
  /** Writing customer_clusters, one k at a time: two answers at once would share its staging table. */
  #writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Connector,
    private readonly fitterFor: FitterFor,
  ) {}

  /** A new file is about to be loaded: forget the fit and stop its workers. */
  reset(): void {
    this.#generation++;
    this.#fitting?.stop();
    this.#fitting = null;
  }

  async summary(referenceDate: string, k: number | null): Promise<ClusterSummary> {
    const generation = this.#generation;
    const fitting = this.#fittingFor(referenceDate);
    const fit = await fitting.fit;
    if (generation !== this.#generation || fitting !== this.#fitting) throw new InputError('These clusters were replaced by a newer request.');
    const fitMs = fitting.reported ? 0 : fit.fitMs;
    fitting.reported = true;
    const written = this.#writing.catch(() => {}).then(() => applyCustomerClusters(this.db, fit, k, fitMs));
    this.#writing = written;
    return written;
  }

  #fittingFor(referenceDate: string): Fitting {
    if (this.#fitting?.referenceDate === referenceDate) return this.#fitting;
    this.#fitting?.stop();
    const fitters: { close?(): void }[] = [];
    const fit = fitCustomerClusters(this.db, referenceDate, (points, seed) => {
      const fitter = this.fitterFor(points, seed);
      fitters.push(fitter);
      return fitter;
    });
    const fitting: Fitting = { referenceDate, fit, reported: false, stop: () => fitters.forEach((fitter) => fitter.close?.()) };
    // A failed fit is not kept: the next request tries again. Whoever asked sees the failure.
    fit.catch(() => this.#fitting === fitting && (this.#fitting = null));
    this.#fitting = fitting;
    return fitting;
  }
}
