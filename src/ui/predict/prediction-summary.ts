import { clearlyHigher } from '../../model/predict/churn/auc-comparison';
import type { ChurnMethodResult } from '../../model/predict/churn/churn-method';
import { formatCount } from '../../model/shared/format';
import type { MoneyFormat } from '../../model/shared/money-format';
import type { ChurnComparison, CurrentPredictions, PredictionResult } from '../../protocol/predict';

/** How the models did against the static rule, by DeLong's test: both, one or neither clearly better. */
export type Verdict = 'both-better' | 'bgnbd-better' | 'classifier-better' | 'not-better' | 'unchecked';

export interface PredictionSummary {
  /** What the predictions add up to; null when there are none (`unfitted` says why). */
  outlook: string | null;
  verdict: Verdict;
  verdictText: string;
  /** Models that could not be fitted, each in plain words. */
  unfitted: string[];
}

/**
 * The predictions panel's first sentences, for a shop owner rather than a statistician: how many
 * customers are unlikely to buy soon, what all of them are expected to spend, and whether the models
 * beat the simple "no purchase in N days" rule. The figures and tests behind them stay one click away.
 */
export function predictionSummary({ validation, current }: PredictionResult, money: MoneyFormat): PredictionSummary {
  const verdict = churnVerdict(validation.churn);
  return {
    outlook: outlookText(current, money),
    verdict,
    verdictText: VERDICT_TEXT[verdict](validation.churn?.activeDays ?? null, validation.calibrationEnd),
    unfitted: unfittedText(current),
  };
}

function outlookText({ outlook }: CurrentPredictions, money: MoneyFormat): string | null {
  if (!outlook) return null;
  const who = `The models find ${formatCount(outlook.unlikelyToBuy30d)} of your ${formatCount(outlook.predicted)} customers unlikely to buy in the next 30 days`;
  if (outlook.expectedValue12m === null) return `${who}.`;
  return `${who}, and expect about ${money.format(outlook.expectedValue12m)} from all of them over the next 12 months (in today's money).`;
}

function churnVerdict(churn: ChurnComparison | null): Verdict {
  const better = (method: ChurnMethodResult['method']) => clearlyHigher(churn?.methods.find((result) => result.method === method)?.versusRule ?? null);
  if (!churn || !churn.methods.some((result) => result.method !== 'static_rule' && result.auc !== null)) return 'unchecked';
  if (better('bgnbd') && better('classifier')) return 'both-better';
  if (better('bgnbd')) return 'bgnbd-better';
  return better('classifier') ? 'classifier-better' : 'not-better';
}

// Without a churn comparison there is no rule window to name (the rules in force may have none).
const VERDICT_TEXT: Record<Verdict, (activeDays: number | null, calibrationEnd: string) => string> = {
  'both-better': (days) => `They rank the customers who stay away better than the ${days}-day rule does.`,
  'bgnbd-better': (days) => `The purchase model (BG/NBD) ranks the customers who stay away better than the ${days}-day rule does; the classifier does not clearly.`,
  'classifier-better': (days) => `The classifier ranks the customers who stay away better than the ${days}-day rule does; the purchase model (BG/NBD) does not clearly.`,
  'not-better': (days) => `Neither model ranks the customers who stay away clearly better than the ${days}-day rule does, so the simple rule is as good a guide here.`,
  unchecked: (_days, calibrationEnd) => `The models could not be checked against the simple rule (no purchase lately) on what customers did after ${calibrationEnd}.`,
};

function unfittedText({ fits, repeatCustomers, customers }: CurrentPredictions): string[] {
  const came = `${formatCount(repeatCustomers)} of ${formatCount(customers)} customers came back`;
  if (!fits) return [`There are not enough repeat customers to fit the models (${came}).`];
  if (!fits.bgnbd.converged) {
    return [`The purchase model could not be fitted to this shop (${came}): too few customers come back, or they buy so regularly that nobody seems to leave. No customer is predicted.`];
  }
  if (!fits.gammaGamma.converged) return [`The spending model could not be fitted to the repeat customers' order values, so no customer values (CLV) are given.`];
  return [];
}
