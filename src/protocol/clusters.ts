import type { KCandidate } from '../model/segments/clusters/choose-k';
import type { ClusterProfile } from '../model/segments/clusters/cluster-profiles';

/** Cluster shapes that cross the worker boundary: plain objects only. */
export type { ClusterProfile, KCandidate };

/**
 * The customers' k-means clusters for one reference date and k. Every customer's cluster id is in
 * the `customer_clusters` table from then on, for the explorer and the exports.
 */
export interface ClusterSummary {
  referenceDate: string;
  customers: number;
  /** The k shown: the one asked for, or `bestK`. */
  k: number;
  /** The k with the best mean silhouette (ties to the smaller k): the default. */
  bestK: number;
  /** Sum of squared distances to the centroids, in the standardised ln(1 + R, F, M) features. */
  inertia: number;
  silhouette: number;
  /** Every k tried, for the elbow/silhouette chart. */
  candidates: KCandidate[];
  /** In id order: 1 is the cluster with the most revenue. */
  clusters: ClusterProfile[];
  /** Milliseconds the fit of every k took; 0 when an earlier fit was reused. */
  fitMs: number;
  /** Milliseconds the best of the starts took for each k, in `candidates` order (the starts split over `workers`). */
  fitMsPerK: number[];
  /** Cluster workers the starts of each k were split over. */
  workers: number;
}

export interface ClusterVerbs {
  /**
   * The clusters for a reference date and k (null: the best by silhouette). Fitted once per file and
   * reference date, on workers of their own, so queries keep running meanwhile; another k reuses the fit.
   */
  clusters(referenceDate: string, k: number | null): Promise<ClusterSummary>;
}
