/**
 * How well a churn prediction held: ROC AUC of a score, and precision and recall of a yes/no call.
 * The positive class is "churned" (no purchase in the window). A measure that is undefined on the
 * data (no churners, say) is null rather than a number that looks meaningful.
 */

/**
 * ROC AUC: the probability that a random churner scores higher than a random customer who came back,
 * ties counting one half (the Mann–Whitney statistic, from average ranks). Null without both classes.
 */
export function rocAuc(scores: ArrayLike<number>, churned: ArrayLike<boolean>): number | null {
  const n = scores.length;
  if (churned.length !== n) throw new RangeError(`invalid labels: ${churned.length} for ${n} scores`);
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i] - scores[j]);
  let positives = 0, positiveRankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    // Tied scores share the average of ranks start + 1 … end.
    const averageRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (churned[order[k]]) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface ConfusionCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export function confusionCounts(predicted: ArrayLike<boolean>, churned: ArrayLike<boolean>): ConfusionCounts {
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
  for (let i = 0; i < churned.length; i++) {
    if (predicted[i] && churned[i]) counts.truePositives++;
    else if (predicted[i]) counts.falsePositives++;
    else if (churned[i]) counts.falseNegatives++;
    else counts.trueNegatives++;
  }
  return counts;
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
