import { judgeChurnMethods } from '../../model/predict/churn/churn-validation';
import type { MethodScores } from '../../model/predict/churn/churn-validation';
import { CHURN_WINDOW_DAYS, churnedInWindow, recencyDays } from '../../model/predict/customer-history';
import type { CustomerHistories } from '../../model/predict/customer-history';
import { predictChurn30 } from '../../model/predict/customer-predictions';
import { countRepeatCustomers, fitPurchaseModels } from '../../model/predict/fit-models';
import type { FittedModels } from '../../model/predict/fit-models';
import { compareHoldoutPurchases } from '../../model/predict/holdout-purchases';
import { addDays, daysBetween } from '../../model/shared/iso-date';
import type { TimeUnit } from '../../model/predict/repeat-summary';
import { classifierChurn } from './classifier-validation';
import type { ChurnComparison, ValidationResult } from '../../protocol/predict';
import { timed } from './prediction-run';
import type { PredictionSources, StageClock } from './prediction-run';

export interface ValidationPeriod {
  calibrationEnd: string;
  /** Last day of data: the holdout runs from the day after the calibration end to here. */
  observationEnd: string;
  unit: TimeUnit;
}

/** A validation without the static rule, which depends on the active-days threshold and is cheap. */
export interface ValidationRun {
  result: Omit<ValidationResult, 'churn'>;
  churn: { histories: CustomerHistories; churned: boolean[]; models: MethodScores[]; windowEnd: string } | null;
}

/**
 * Fits both models on the calibration period, compares predicted and actual holdout purchases, and
 * scores BG/NBD and a classifier (trained on the months before) on who did not buy in the next 30 days.
 */
export async function runValidation(sources: PredictionSources, period: ValidationPeriod, clock: StageClock): Promise<ValidationRun> {
  const { calibrationEnd, observationEnd, unit } = period;
  const holdoutDays = daysBetween(calibrationEnd, observationEnd);
  const result: ValidationRun['result'] = {
    calibrationEnd, holdoutEnd: observationEnd, holdoutDays, customers: 0, repeatCustomers: 0, fits: null, holdout: null, problems: [],
  };
  const none = { result, churn: null };
  if (holdoutDays < 1) {
    result.problems.push(`The calibration end (${calibrationEnd}) must be before the last day of data (${observationEnd}), so that there is a holdout to check the models on.`);
    return none;
  }
  const histories = await timed(clock, 'histories', () => sources.histories(calibrationEnd, observationEnd));
  await clock.checkpoint();
  result.customers = histories.customerIds.length;
  result.repeatCustomers = countRepeatCustomers(histories);
  if (result.customers === 0) {
    result.problems.push(`Nobody had bought by the calibration end (${calibrationEnd}): move it later.`);
    return none;
  }
  if (histories.laterPurchaseDays.every((days) => days === 0)) {
    result.problems.push(`Nobody bought in the holdout (${addDays(calibrationEnd, 1)} to ${observationEnd}), so there is nothing to check the predictions against: move the calibration end earlier.`);
    return none;
  }
  const fitted = await timed(clock, 'fits', () =>
    sources.memo.get(['fits', calibrationEnd, unit], async () => fitPurchaseModels(histories, unit, `up to the calibration end (${calibrationEnd})`)),
  );
  await clock.checkpoint();
  if (!fitted.fits) {
    result.problems.push(fitted.problem);
    return none;
  }
  result.fits = fitted.fits;
  const { bgnbd } = fitted.fits;
  if (bgnbd.converged) result.holdout = compareHoldoutPurchases(bgnbd, histories, unit, holdoutDays);
  else result.problems.push(`BG/NBD did not converge on the calibration period (${bgnbd.reason}), so its predictions are not checked.`);
  if (holdoutDays < CHURN_WINDOW_DAYS) {
    result.problems.push(`The holdout is ${holdoutDays} days long; churn is judged on the ${CHURN_WINDOW_DAYS} days after the calibration end, so set it at least ${CHURN_WINDOW_DAYS} days before ${observationEnd}.`);
    return { result, churn: null };
  }
  const churned = churnedInWindow(histories);
  const classifier = await sources.memo.get(['classifier', calibrationEnd], () => classifierChurn(sources, calibrationEnd, histories, clock));
  const models = [bgnbdChurn(fitted.fits, histories, unit), classifier];
  return { result, churn: { histories, churned, models, windowEnd: addDays(calibrationEnd, CHURN_WINDOW_DAYS) } };
}

/**
 * The full churn comparison, the static rule ("not active": no purchase within `activeDays`) first.
 * Every method calls as many customers lost as the rule does, so precision and recall compare like
 * with like. The rule's score is days since the last purchase, whole days, so its top k are exactly
 * the customers it calls lost: no tie straddles the cut-off.
 */
export function compareChurnMethods(run: ValidationRun, activeDays: number): ChurnComparison | null {
  if (!run.churn) return null;
  const { histories, churned, models, windowEnd } = run.churn;
  const recency = Float64Array.from(histories.customerIds, (_, i) => recencyDays(histories, i));
  const flagged = recency.reduce((count, days) => count + (days > activeDays ? 1 : 0), 0);
  const judged = judgeChurnMethods([{ method: 'static_rule', scores: recency }, ...models], churned, flagged);
  return { customers: churned.length, churned: churned.filter(Boolean).length, activeDays, flagged, windowEnd, ...judged };
}

function bgnbdChurn(fits: FittedModels, histories: CustomerHistories, unit: TimeUnit): MethodScores {
  if (!fits.bgnbd.converged) return { method: 'bgnbd', unavailable: `the fit did not converge (${fits.bgnbd.reason})` };
  return { method: 'bgnbd', scores: predictChurn30(fits.bgnbd, histories, unit) };
}
