/**
 * How well a churn score held on held-out time. The positive class is "churned" (no purchase in the
 * window) and a higher score means "more likely to churn". A measure that is undefined on the data (no
 * churners, say) is null rather than a number that looks meaningful. Every measure here comes from one
 * sort of the scores, so they stay fast at 100,000 customers.
 */

/** Customer indices in ascending order of score. */
export interface ScoreRanking {
  scores: ArrayLike<number>;
  order: Uint32Array;
}

/**
 * A typed array's own numeric sort is several times faster than sorting indices with a comparator, so
 * the values are sorted alone, and each customer then goes to the next free slot of its value's run
 * (found by binary search): ties keep customer order.
 */
export function rankScores(scores: ArrayLike<number>): ScoreRanking {
  const n = scores.length;
  const sorted = Float64Array.from(scores).sort();
  if (n > 0 && Number.isNaN(sorted[n - 1])) throw new RangeError('invalid score: NaN');
  const order = new Uint32Array(n);
  const taken = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const first = firstAtLeast(sorted, scores[i]);
    order[first + taken[first]++] = i;
  }
  return { scores, order };
}

/** The first index of `sorted` holding a value ≥ `value`. */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0, high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Each customer's placement (DeLong et al. 1988): for a churner, the share of returners scored below
 * it; for a returner, the share of churners scored above it; ties count one half. Both kinds average
 * to the ROC AUC. Kept in customer order within each class, so two scores' placements pair up.
 */
export interface Placements {
  churners: Float64Array;
  returners: Float64Array;
}

/** Null without both classes. */
export function placements(ranking: ScoreRanking, churned: ArrayLike<boolean>): Placements | null {
  const n = checkLabels(ranking, churned);
  const positionInClass = new Uint32Array(n);
  let churnerCount = 0, returnerCount = 0;
  for (let i = 0; i < n; i++) positionInClass[i] = churned[i] ? churnerCount++ : returnerCount++;
  if (churnerCount === 0 || returnerCount === 0) return null;
  const result = { churners: new Float64Array(churnerCount), returners: new Float64Array(returnerCount) };
  let churnersBelow = 0, returnersBelow = 0;
  forEachTie(ranking, (start, end) => {
    const tiedChurners = countChurners(ranking.order, churned, start, end);
    const tiedReturners = end - start - tiedChurners;
    const churnerPlacement = (returnersBelow + tiedReturners / 2) / returnerCount;
    const returnerPlacement = (churnerCount - churnersBelow - tiedChurners / 2) / churnerCount;
    for (let k = start; k < end; k++) {
      const i = ranking.order[k];
      if (churned[i]) result.churners[positionInClass[i]] = churnerPlacement;
      else result.returners[positionInClass[i]] = returnerPlacement;
    }
    churnersBelow += tiedChurners;
    returnersBelow += tiedReturners;
  });
  return result;
}

/** ROC AUC: the chance that a random churner scores above a random returner, ties counting one half. */
export function aucOf(placed: Placements): number {
  return mean(placed.churners);
}

export function rocAuc(scores: ArrayLike<number>, churned: ArrayLike<boolean>): number | null {
  const placed = placements(rankScores(scores), churned);
  return placed && aucOf(placed);
}

/** Counts of customers; fractional where a tie was shared (see topKCounts). */
export interface ConfusionCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

/**
 * The counts when the `k` highest-scoring customers are called churned. Customers tied at the cut-off
 * share its remaining places: each counts as called by the share that fits (2 places for 5 tied: 0.4
 * each), which is the average over every way of breaking the tie. So the counts are deterministic and
 * do not depend on the order customers are listed in.
 */
export function topKCounts(ranking: ScoreRanking, churned: ArrayLike<boolean>, k: number): ConfusionCounts {
  const n = checkLabels(ranking, churned);
  if (!(Number.isInteger(k) && k >= 0 && k <= n)) throw new RangeError(`invalid k: ${k} of ${n}`);
  const cut = n - k;
  let truePositives = 0, falsePositives = 0, churners = 0;
  forEachTie(ranking, (start, end) => {
    const tiedChurners = countChurners(ranking.order, churned, start, end);
    const calledShare = Math.max(0, end - Math.max(start, cut)) / (end - start);
    truePositives += calledShare * tiedChurners;
    falsePositives += calledShare * (end - start - tiedChurners);
    churners += tiedChurners;
  });
  return { truePositives, falsePositives, falseNegatives: churners - truePositives, trueNegatives: n - churners - falsePositives };
}

/** Of the customers called churned, the share who did churn; null when nobody was called churned. */
export function precision({ truePositives, falsePositives }: ConfusionCounts): number | null {
  const called = truePositives + falsePositives;
  return called === 0 ? null : truePositives / called;
}

/** Of the customers who churned, the share that was called; null when nobody churned. */
export function recall({ truePositives, falseNegatives }: ConfusionCounts): number | null {
  const churners = truePositives + falseNegatives;
  return churners === 0 ? null : truePositives / churners;
}

function checkLabels(ranking: ScoreRanking, churned: ArrayLike<boolean>): number {
  const n = ranking.scores.length;
  if (churned.length !== n) throw new RangeError(`invalid labels: ${churned.length} for ${n} scores`);
  return n;
}

/** Calls `visit(start, end)` for each run of equal scores in the ranking, lowest first. */
function forEachTie({ scores, order }: ScoreRanking, visit: (start: number, end: number) => void): void {
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && scores[order[end]] === scores[order[start]]) end++;
    visit(start, end);
    start = end;
  }
}

function countChurners(order: Uint32Array, churned: ArrayLike<boolean>, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end; k++) if (churned[order[k]]) count++;
  return count;
}

function mean(values: Float64Array): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
