/**
 * The q-quantile of a sorted column with linear interpolation between the two nearest values, as
 * DuckDB's `quantile_cont` and pandas' `quantile(q)` (numpy's "linear") define it: position
 * h = (n − 1)·q, d = h − ⌊h⌋, between v[⌊h⌋] and v[⌈h⌉]. The arithmetic is DuckDB's, to the last
 * bit: v[⌊h⌋]·(1 − d) + v[⌈h⌉]·d. numpy computes the same point from the nearer end (a + (b − a)·d,
 * or b − (b − a)·(1 − d) from d = 0.5), which can differ in the last bit; the point lies between two
 * neighbouring values, so that bit does not change who passes a bound (checked on random spends in
 * test/unit/segments/tier-rules/quantile.test.ts).
 *
 * One difference, on purpose: when the two nearest values are equal the answer is that value, as in
 * numpy. DuckDB's v·(1 − d) + v·d can land one unit in the last place above v (for 0.1 at d = 0.2 it
 * is 0.10000000000000002), and a bound "≥ P of frequency", shown as 5, would then leave out every
 * customer with exactly 5.
 */
export function quantileCont(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('invalid quantile: no values');
  if (!(q >= 0 && q <= 1)) throw new Error(`invalid quantile: ${q}`);
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below];
  const high = sorted[above];
  if (below === above || low === high) return low;
  const d = position - below;
  return low * (1 - d) + high * d;
}

/** A percentile from 0 to 100 as the quantile DuckDB and pandas are given (75 → 0.75, exactly the double 0.75). */
export function quantileOfPercentile(percentile: number): number {
  return percentile / 100;
}
