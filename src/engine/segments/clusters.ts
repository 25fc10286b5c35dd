import { localFitter, TooFewDistinctCustomers, type KFitter } from '../../model/segments/clusters/choose-k';
import type { CustomerMeasures } from '../../model/segments/clusters/cluster-features';
import { clustersFor, fitClusterModel, type ClusterModel, type FitterFor } from '../../model/segments/clusters/customer-clusters';
import type { ClusterSummary } from '../../protocol/clusters';
import { InputError } from '../../protocol/errors';
import type { Connector } from '../db/connector';
import { numberColumn, textColumn } from '../db/table-columns';
import { CUSTOMER_MEASURES, DROP_NEXT_CLUSTERS, REPLACE_CLUSTERS } from './sql/clusters';

/** A file's customers fitted for one reference date: kept by the worker so choosing another k is instant. */
export interface ClusterFit {
  referenceDate: string;
  customerIds: string[];
  measures: CustomerMeasures;
  model: ClusterModel;
  fitMs: number;
  /** The best of the starts of each k, in the model's candidate order. */
  fitMsPerK: number[];
  workers: number;
}

const inThisThread: FitterFor = (points, seed) => localFitter(points, { seed });

/**
 * Reads every customer's R, F and M for the reference date and fits k = 2 … 10 (the slow part), in
 * this thread unless `fitterFor` spreads the starts over workers.
 */
export async function fitCustomerClusters(db: Connector, referenceDate: string, fitterFor: FitterFor = inThisThread): Promise<ClusterFit> {
  // Whole columns, not a row object per customer: they are all needed, as typed arrays.
  const columns = await db.queryColumns(CUSTOMER_MEASURES, [referenceDate]);
  const measures: CustomerMeasures = {
    recencyDays: numberColumn(columns, 'recency_days'),
    frequency: numberColumn(columns, 'frequency'),
    monetaryCents: numberColumn(columns, 'monetary_cents'),
  };
  const customerIds = textColumn(columns, 'customer_id');
  const started = performance.now();
  const msByK = new Map<number, number>();
  let workers = 1;
  const model = await fitOrExplain(measures, (points, seed) => {
    const fitter = fitterFor(points, seed);
    workers = fitter.parallel;
    return timedFitter(fitter, msByK);
  });
  const fitMsPerK = model.choice.candidates.map((candidate) => msByK.get(candidate.k) ?? 0);
  return { referenceDate, customerIds, measures, model, fitMs: performance.now() - started, fitMsPerK, workers };
}

async function fitOrExplain(measures: CustomerMeasures, fitterFor: FitterFor): Promise<ClusterModel> {
  try {
    return await fitClusterModel(measures, fitterFor);
  } catch (error) {
    if (error instanceof TooFewDistinctCustomers) throw new InputError('Clusters need at least two customers who differ in recency, frequency or spend.');
    throw error;
  }
}

/** Times each k: from its first range of starts asked for to its last one answered. */
function timedFitter(fitter: KFitter, msByK: Map<number, number>): KFitter {
  const startedAt = new Map<number, number>();
  return {
    parallel: fitter.parallel,
    close: () => fitter.close?.(),
    silhouette: (labels, k) => fitter.silhouette(labels, k),
    fitStarts: async (k, range) => {
      if (!startedAt.has(k)) startedAt.set(k, performance.now());
      const fit = await fitter.fitStarts(k, range);
      msByK.set(k, performance.now() - startedAt.get(k)!);
      return fit;
    },
  };
}

/**
 * The clusters for k (null: the best by silhouette): writes each customer's cluster id to
 * `customer_clusters` and returns what the page shows.
 */
export async function applyCustomerClusters(db: Connector, fit: ClusterFit, k: number | null, fitMs = fit.fitMs): Promise<ClusterSummary> {
  const clusters = clustersFor(fit.model, fit.measures, k ?? undefined);
  await db.writeTable('customer_clusters_next', {
    customer_id: fit.customerIds,
    cluster: Float64Array.from(clusters.customerClusters),
  });
  await db.query(REPLACE_CLUSTERS);
  await db.query(DROP_NEXT_CLUSTERS);
  const { k: shown, bestK, inertia, silhouette, candidates } = clusters;
  const { fitMsPerK, workers } = fit;
  return { referenceDate: fit.referenceDate, customers: fit.customerIds.length, k: shown, bestK, inertia, silhouette, candidates, clusters: clusters.clusters, fitMs, fitMsPerK, workers };
}

/** Both steps at once: fit for the reference date, then show k (null: the best). */
export async function customerClusters(db: Connector, referenceDate: string, k: number | null, fitterFor?: FitterFor): Promise<ClusterSummary> {
  return applyCustomerClusters(db, await fitCustomerClusters(db, referenceDate, fitterFor), k);
}
