import { DIMENSIONS } from './cluster-features';

/**
 * The per-point working arrays a k-means start needs and its result does not keep: Lloyd's bounds
 * and moves (lloyd.ts) and the seeding's distances (kmeans-seeding.ts). A cluster worker runs some
 * forty starts one after another on the same points; with arrays of their own each start left
 * 32 bytes a customer behind (1.6 MB for 50,000), and the garbage collector, seeing a nearly empty
 * heap, let ~60 MB pile up in each worker while DuckDB's memory was at its peak. Every entry is
 * written before it is read, so reusing them changes no result.
 */
export interface KMeansScratch {
  count: number;
  /** Lloyd's bounds: the own centroid's distance from above, every other's from below. */
  upper: Float64Array;
  lower: Float64Array;
  /** The points that changed cluster in a pass, and the cluster each had. */
  moved: Int32Array;
  movedFrom: Int32Array;
  /** The seeding's squared distance from each point to its nearest centroid so far. */
  nearest: Float64Array;
}

export function kmeansScratch(points: Float64Array): KMeansScratch {
  const count = points.length / DIMENSIONS;
  return {
    count,
    upper: new Float64Array(count),
    lower: new Float64Array(count),
    moved: new Int32Array(count),
    movedFrom: new Int32Array(count),
    nearest: new Float64Array(count),
  };
}

/** `scratch` if it was made for as many points, else arrays of their own. */
export function scratchFor(points: Float64Array, scratch: KMeansScratch | undefined): KMeansScratch {
  return scratch?.count === points.length / DIMENSIONS ? scratch : kmeansScratch(points);
}
