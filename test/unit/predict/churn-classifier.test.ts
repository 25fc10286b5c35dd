import { describe, expect, it } from 'vitest';
import { predictChurnProbability, trainChurnClassifier } from '../../../src/model/predict/churn/churn-classifier';
import { rocAuc } from '../../../src/model/predict/churn/churn-metrics';
import { binFeatures, growTree, treeOutput } from '../../../src/model/predict/churn/decision-tree';
import type { FeatureMatrix } from '../../../src/model/predict/churn/decision-tree';
import { seededRandom } from '../../../src/model/shared/random';

/** Churn depends on feature 0 (recency-like) and, weakly, feature 1; feature 2 is noise. */
function synthetic(rows: number, seed: number): { matrix: FeatureMatrix; churned: boolean[] } {
  const random = seededRandom(seed);
  const values = new Float64Array(rows * 3);
  const churned: boolean[] = [];
  for (let i = 0; i < rows; i++) {
    const recency = Math.floor(random() * 365), frequency = 1 + Math.floor(random() * 20), noise = random();
    values.set([recency, frequency, noise], i * 3);
    const risk = 1 / (1 + Math.exp(-(recency - 120) / 30 + (frequency - 10) / 5));
    churned.push(random() < risk);
  }
  return { matrix: { rows, features: 3, values }, churned };
}

describe('decision trees on histograms', () => {
  it('cuts between distinct values, or at quantiles when there are many', () => {
    const binned = binFeatures({ rows: 5, features: 2, values: Float64Array.from([1, 0, 2, 10, 2, 20, 3, 30, 3, 40]) }, 4);
    expect(Array.from(binned.cuts[0])).toEqual([1.5, 2.5]);
    expect(Array.from(binned.cuts[1])).toEqual([10, 20, 30]);
    expect(Array.from(binned.bins)).toEqual([0, 0, 1, 0, 1, 1, 2, 2, 2, 3]);
  });

  it('splits exactly where the gradients change sign and predicts −G/(H+λ) in each leaf', () => {
    const matrix = { rows: 6, features: 1, values: Float64Array.from([1, 2, 3, 10, 11, 12]) };
    const gradients = Float64Array.from([-1, -1, -1, 1, 1, 1]);
    const hessians = new Float64Array(6).fill(1);
    const tree = growTree(binFeatures(matrix), gradients, hessians, Uint32Array.from([0, 1, 2, 3, 4, 5]), {
      maxDepth: 3, minRowsPerLeaf: 1, l2: 1, scale: 1,
    });
    expect(tree.feature[0]).toBe(0);
    expect(tree.threshold[0]).toBe(6.5);
    // Each side is pure, so it is not split further: 3/(3+1) on the left, −3/(3+1) on the right.
    expect([0, 5].map((row) => treeOutput(tree, matrix, row))).toEqual([0.75, -0.75]);
    expect(tree.feature.filter((feature) => feature >= 0)).toHaveLength(1);
  });
});

describe('the churn classifier', () => {
  const training = synthetic(4_000, 1);
  const test = synthetic(2_000, 2);

  it('learns who churns well beyond chance on customers it has not seen', () => {
    const { model } = trainChurnClassifier(training.matrix, training.churned);
    const probabilities = predictChurnProbability(model!, test.matrix);
    expect(rocAuc(probabilities, test.churned)!).toBeGreaterThan(0.8);
    expect(probabilities.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const once = predictChurnProbability(trainChurnClassifier(training.matrix, training.churned).model!, test.matrix);
    const again = predictChurnProbability(trainChurnClassifier(training.matrix, training.churned).model!, test.matrix);
    const otherSeed = predictChurnProbability(trainChurnClassifier(training.matrix, training.churned, { seed: 99 }).model!, test.matrix);
    expect(Array.from(again)).toEqual(Array.from(once));
    expect(Array.from(otherSeed)).not.toEqual(Array.from(once));
  });

  it('subsamples a large training set to the row limit', () => {
    const { model } = trainChurnClassifier(training.matrix, training.churned, { maxTrainingRows: 1_000 });
    expect(model!.trainingRows).toBe(1_000);
  });

  it('explains why it cannot learn from one class or from too few customers', () => {
    const sameLabel = trainChurnClassifier(training.matrix, training.churned.map(() => true));
    expect(sameLabel).toEqual({ model: null, reason: expect.stringMatching(/stayed away: nothing to tell apart/) });
    const few = trainChurnClassifier({ ...training.matrix, rows: 50 }, training.churned);
    expect(few).toEqual({ model: null, reason: 'only 50 customers to learn from; it needs at least 80' });
  });
});
