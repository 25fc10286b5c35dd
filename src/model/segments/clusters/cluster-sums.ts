import { DIMENSIONS } from './cluster-features';

/**
 * Each cluster's coordinate sums and size, for Lloyd's means. Plain Lloyd adds every cluster up
 * afresh after each pass, in point order; adding up afresh costs a pass over all the points, while
 * moving only the points that changed cluster costs next to nothing but rounds differently, so
 * the means drift from plain Lloyd's by a few units in the last place. This keeps the quick sums
 * and a bound on that drift: the passes trust an assignment only where it holds by more than the
 * bound (`centroidError`), and add up afresh, as plain Lloyd does, where it might not.
 */
export interface ClusterSums {
  sums: Float64Array;
  sizes: Int32Array;
  /** True when the sums are exactly plain Lloyd's (added up afresh, nothing moved since). */
  fresh: boolean;
  /** Per cluster: a bound on |sum − exact sum| (summed over the coordinates) when last added up afresh ... */
  errorWhenAdded: Float64Array;
  /** ... and on what the moves since have added to it. */
  errorOfMoves: Float64Array;
  /** The largest |x| + |y| + |z| of any point: every bound here is in its units. */
  largestPoint: number;
}

/** A double's unit roundoff, with room for the roundings of the bounds themselves. */
const ROUNDING = 2 ** -53 * 1.01;

export function clusterSums(points: Float64Array, k: number): ClusterSums {
  let largestPoint = 0;
  for (let from = 0; from < points.length; from += DIMENSIONS) {
    largestPoint = Math.max(largestPoint, Math.abs(points[from]) + Math.abs(points[from + 1]) + Math.abs(points[from + 2]));
  }
  const sums = new Float64Array(k * DIMENSIONS);
  return { sums, sizes: new Int32Array(k), fresh: false, errorWhenAdded: new Float64Array(k), errorOfMoves: new Float64Array(k), largestPoint };
}

/**
 * Adds every cluster up afresh, in point order, as plain Lloyd does. A run of points in one
 * cluster (the spatial order makes runs long) is added up in local variables: the same additions
 * in the same order, without storing and loading the sums between them.
 */
export function addUpAfresh(state: ClusterSums, points: Float64Array, labels: Int32Array): void {
  const { sums, sizes } = state;
  sums.fill(0);
  sizes.fill(0);
  let i = 0;
  while (i < labels.length) {
    const label = labels[i];
    const runStart = i;
    while (i < labels.length && labels[i] === label) i++;
    addRun(points, runStart, i, sums, label);
    sizes[label] += i - runStart;
  }
  // Adding n values in order is off the exact sum by at most (n − 1) roundings of the sum of their sizes.
  sizes.forEach((size, c) => (state.errorWhenAdded[c] = plainSumError(state, size)));
  state.errorOfMoves.fill(0);
  state.fresh = true;
}

function addRun(points: Float64Array, first: number, end: number, sums: Float64Array, label: number): void {
  const at = label * DIMENSIONS;
  let x = sums[at];
  let y = sums[at + 1];
  let z = sums[at + 2];
  for (let from = first * DIMENSIONS; from < end * DIMENSIONS; from += DIMENSIONS) {
    x += points[from];
    y += points[from + 1];
    z += points[from + 2];
  }
  sums[at] = x;
  sums[at + 1] = y;
  sums[at + 2] = z;
}

/** Point i leaves one cluster for another; each addition may round by one unit of its result. */
export function movePoint(state: ClusterSums, points: Float64Array, i: number, from: number, to: number): void {
  const { sums, sizes } = state;
  sizes[from]--;
  sizes[to]++;
  for (let d = 0; d < DIMENSIONS; d++) {
    sums[from * DIMENSIONS + d] -= points[i * DIMENSIONS + d];
    sums[to * DIMENSIONS + d] += points[i * DIMENSIONS + d];
    state.errorOfMoves[from] += ROUNDING * Math.abs(sums[from * DIMENSIONS + d]);
    state.errorOfMoves[to] += ROUNDING * Math.abs(sums[to * DIMENSIONS + d]);
  }
  state.fresh = false;
}

/**
 * A bound on how far any centroid (sum / size, of a cluster with points) may lie from plain
 * Lloyd's: these sums' error since they were added up, plus that of plain Lloyd's own sums now,
 * over the size, plus a rounding of the division each. Zero when the sums are plain Lloyd's.
 */
export function centroidError(state: ClusterSums): number {
  if (state.fresh) return 0;
  let largest = 0;
  state.sizes.forEach((size, c) => {
    if (size === 0) return;
    const sumError = state.errorWhenAdded[c] + state.errorOfMoves[c] + plainSumError(state, size);
    largest = Math.max(largest, sumError / size + 2 * ROUNDING * state.largestPoint);
  });
  return largest;
}

function plainSumError({ largestPoint }: ClusterSums, size: number): number {
  return Math.max(0, size - 1) * ROUNDING * size * largestPoint;
}
