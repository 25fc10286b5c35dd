import { DEFAULT_CLASSIFIER_OPTIONS, predictChurnProbability, trainChurnClassifier } from '../../model/predict/churn/churn-classifier';
import { churnFeatures, stackFeatureRows } from '../../model/predict/churn/churn-features';
import type { MethodScores } from '../../model/predict/churn/churn-validation';
import { CHURN_WINDOW_DAYS, churnedInWindow } from '../../model/predict/customer-history';
import type { CustomerHistories } from '../../model/predict/customer-history';
import type { FeatureMatrix } from '../../model/predict/churn/decision-tree';
import { addDays } from '../../model/shared/iso-date';
import { timed } from './prediction-run';
import type { PredictionSources, StageClock } from './prediction-run';

/** At most this many 30-day windows before the calibration end are learnt from (half a year). */
export const MAX_TRAINING_WINDOWS = 6;

/**
 * The classifier judged like the other methods: trained only on what was known by the calibration
 * end, then asked at the calibration end who will not buy in the next 30 days. Its examples are the
 * customers at the start of each 30-day window before the calibration end (features then, label = no
 * purchase within the window); earlier windows are added while there are fewer examples than the
 * trainer uses, so a small shop still gives it enough to learn from.
 */
export async function classifierChurn(
  sources: PredictionSources, calibrationEnd: string, histories: CustomerHistories, clock: StageClock,
): Promise<MethodScores> {
  const training = await trainingExamples(sources, calibrationEnd, clock);
  if (!training) {
    const firstCutoff = addDays(calibrationEnd, -CHURN_WINDOW_DAYS);
    return { method: 'classifier', unavailable: `nobody had bought by ${firstCutoff}, so there is no earlier period to learn from` };
  }
  return timed(clock, 'classifier', async () => {
    const outcome = trainChurnClassifier(training.features, training.churned);
    if (!outcome.model) return { method: 'classifier', unavailable: outcome.reason };
    return { method: 'classifier', scores: predictChurnProbability(outcome.model, churnFeatures(histories)) };
  });
}

async function trainingExamples(
  sources: PredictionSources, calibrationEnd: string, clock: StageClock,
): Promise<{ features: FeatureMatrix; churned: boolean[] } | null> {
  const matrices: FeatureMatrix[] = [];
  const churned: boolean[] = [];
  for (let window = 1; window <= MAX_TRAINING_WINDOWS && churned.length < DEFAULT_CLASSIFIER_OPTIONS.maxTrainingRows; window++) {
    const cutoff = addDays(calibrationEnd, -window * CHURN_WINDOW_DAYS);
    const windowEnd = addDays(cutoff, CHURN_WINDOW_DAYS);
    const read = window === 1 ? sources.histories : sources.readHistories;
    const histories = await timed(clock, 'histories', () => read(cutoff, windowEnd));
    await clock.checkpoint();
    if (histories.customerIds.length === 0) break;
    matrices.push(churnFeatures(histories));
    // Not push(...): spreading 100,000 arguments overflows the browser's stack.
    for (const outcome of churnedInWindow(histories)) churned.push(outcome);
  }
  return matrices.length ? { features: stackFeatureRows(matrices), churned } : null;
}
