import { DIMENSIONS } from './cluster-features';

/**
 * Squared Euclidean distance between row `i` of `a` and row `j` of `b`, both row-major with three
 * values per row. Written out for three dimensions: this is the inner loop of everything here.
 */
export function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number): number {
  const ai = i * DIMENSIONS;
  const bj = j * DIMENSIONS;
  const dx = a[ai] - b[bj];
  const dy = a[ai + 1] - b[bj + 1];
  const dz = a[ai + 2] - b[bj + 2];
  return dx * dx + dy * dy + dz * dz;
}
