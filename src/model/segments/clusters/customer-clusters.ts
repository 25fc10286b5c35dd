import { chooseK, localFitter, type ClusterChoice, type KCandidate, type KFitter } from './choose-k';
import { clusterFeatures, type ClusterFeatures, type CustomerMeasures } from './cluster-features';
import { clusterNames } from './cluster-names';
import { clusterMedians, numberClusters, type ClusterProfile } from './cluster-profiles';

/** Fixed, so the same file always gives the same clusters. */
export const CLUSTER_SEED = 20_111_209;

/** Every candidate k fitted once per file and reference date; choosing another k needs no new fit. */
export interface ClusterModel {
  features: ClusterFeatures;
  choice: ClusterChoice;
}

export interface CustomerClusters {
  k: number;
  inertia: number;
  silhouette: number;
  candidates: KCandidate[];
  bestK: number;
  /** In id order: by revenue, largest first. */
  clusters: ClusterProfile[];
  /** Each customer's cluster id (1-based), in the measures' customer order. */
  customerClusters: Int32Array;
}

/** Makes the fitter for a file's points: in this thread by default, or over workers. */
export type FitterFor = (points: Float64Array, seed: number) => KFitter;

const inThisThread: FitterFor = (points, seed) => localFitter(points, { seed });

export async function fitClusterModel(measures: CustomerMeasures, fitterFor: FitterFor = inThisThread, seed = CLUSTER_SEED): Promise<ClusterModel> {
  const features = clusterFeatures(measures);
  const fitter = fitterFor(features.points, seed);
  try {
    return { features, choice: await chooseK(features.points, fitter) };
  } finally {
    fitter.close?.();
  }
}

/** The clusters for one k (by default the one with the best silhouette), numbered and named. */
export function clustersFor(model: ClusterModel, measures: CustomerMeasures, k: number = model.choice.bestK): CustomerClusters {
  const { candidates, bestK, fits } = model.choice;
  const index = candidates.findIndex((candidate) => candidate.k === k);
  if (index < 0) throw new RangeError(`invalid k: ${k} (from ${candidates[0].k} to ${candidates.at(-1)!.k})`);
  const fit = fits[index];
  const names = clusterNames(fit.centroids, clusterMedians(fit.labels, k, measures.frequency));
  const { profiles, customerClusters } = numberClusters(fit.labels, names, measures);
  return { k, inertia: fit.inertia, silhouette: candidates[index].silhouette, candidates, bestK, clusters: profiles, customerClusters };
}
