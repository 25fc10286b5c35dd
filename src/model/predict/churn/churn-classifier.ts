/**
 * A supervised churn classifier: gradient-boosted regression trees on the logistic loss (Friedman
 * 2001, with XGBoost's second-order leaves), trained on features known at a cutoff and the label
 * "no purchase in the next 30 days". Stochastic (a seeded share of rows per tree) but deterministic:
 * the same rows, labels and seed always give the same model.
 */
import { binFeatures, growTree, treeOutput } from './decision-tree';
import type { FeatureMatrix, RegressionTree } from './decision-tree';
import { seededRandom } from '../../shared/random';

export interface ClassifierOptions {
  trees: number;
  maxDepth: number;
  learningRate: number;
  minRowsPerLeaf: number;
  l2: number;
  /** Share of the training rows each tree sees. */
  rowFraction: number;
  /** Larger training sets are subsampled to this many rows (seeded), which bounds the time taken. */
  maxTrainingRows: number;
  maxBins: number;
  seed: number;
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  trees: 100,
  maxDepth: 3,
  learningRate: 0.1,
  minRowsPerLeaf: 20,
  l2: 1,
  rowFraction: 0.8,
  maxTrainingRows: 20_000,
  maxBins: 32,
  seed: 20_050_501,
};

export interface ChurnClassifier {
  /** Log-odds of churn before any tree: the training base rate. */
  bias: number;
  trees: RegressionTree[];
  features: number;
  trainingRows: number;
}

export type TrainingOutcome = { model: ChurnClassifier; reason?: undefined } | { model: null; reason: string };

export function trainChurnClassifier(
  matrix: FeatureMatrix, churned: ArrayLike<boolean>, options: Partial<ClassifierOptions> = {},
): TrainingOutcome {
  const settings = { ...DEFAULT_CLASSIFIER_OPTIONS, ...options };
  const random = seededRandom(settings.seed);
  const sample = trainingSample(matrix.rows, settings.maxTrainingRows, random);
  if (sample.length < 4 * settings.minRowsPerLeaf) {
    return { model: null, reason: `only ${sample.length} customers to learn from; it needs at least ${4 * settings.minRowsPerLeaf}` };
  }
  const training = selectRows(matrix, sample);
  const labels = Float64Array.from(sample, (row) => (churned[row] ? 1 : 0));
  const churners = labels.reduce((sum, y) => sum + y, 0);
  if (churners === 0 || churners === labels.length) {
    return { model: null, reason: `every customer in the training window ${churners === 0 ? 'bought again' : 'stayed away'}: nothing to tell apart` };
  }
  const bias = Math.log(churners / (labels.length - churners));
  const binned = binFeatures(training, settings.maxBins);
  const score = new Float64Array(labels.length).fill(bias);
  const gradients = new Float64Array(labels.length), hessians = new Float64Array(labels.length);
  const trees: RegressionTree[] = [];
  const rows = new Uint32Array(labels.length);
  const treeOptions = { maxDepth: settings.maxDepth, minRowsPerLeaf: settings.minRowsPerLeaf, l2: settings.l2, scale: settings.learningRate };
  for (let t = 0; t < settings.trees; t++) {
    for (let i = 0; i < labels.length; i++) {
      const p = logistic(score[i]);
      gradients[i] = p - labels[i];
      hessians[i] = Math.max(p * (1 - p), 1e-6);
    }
    let sampled = 0;
    for (let i = 0; i < labels.length; i++) if (random() < settings.rowFraction) rows[sampled++] = i;
    const tree = growTree(binned, gradients, hessians, rows.subarray(0, sampled), treeOptions);
    trees.push(tree);
    for (let i = 0; i < labels.length; i++) score[i] += treeOutput(tree, training, i);
  }
  return { model: { bias, trees, features: matrix.features, trainingRows: labels.length } };
}

/** P(churn) for every row of `matrix`. */
export function predictChurnProbability(model: ChurnClassifier, matrix: FeatureMatrix): Float64Array {
  if (matrix.features !== model.features) throw new RangeError(`invalid features: ${matrix.features}, expected ${model.features}`);
  const probabilities = new Float64Array(matrix.rows);
  for (let i = 0; i < matrix.rows; i++) {
    let score = model.bias;
    for (const tree of model.trees) score += treeOutput(tree, matrix, i);
    probabilities[i] = logistic(score);
  }
  return probabilities;
}

function logistic(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/** All rows, or a seeded sample of `limit` of them (partial Fisher–Yates), in ascending order. */
function trainingSample(rows: number, limit: number, random: () => number): Uint32Array {
  const indices = Uint32Array.from({ length: rows }, (_, i) => i);
  if (rows <= limit) return indices;
  for (let k = 0; k < limit; k++) {
    const pick = k + Math.floor(random() * (rows - k));
    [indices[k], indices[pick]] = [indices[pick], indices[k]];
  }
  return indices.slice(0, limit).sort();
}

function selectRows(matrix: FeatureMatrix, rows: Uint32Array): FeatureMatrix {
  const { features } = matrix;
  const values = new Float64Array(rows.length * features);
  rows.forEach((row, i) => values.set(matrix.values.subarray(row * features, (row + 1) * features), i * features));
  return { rows: rows.length, features, values };
}
