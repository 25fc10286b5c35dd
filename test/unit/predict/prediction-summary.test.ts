import { describe, expect, it } from 'vitest';
import type { ChurnMethodResult } from '../../../src/model/predict/churn/churn-method';
import type { ChurnComparison, CurrentPredictions, PredictionResult } from '../../../src/protocol/predict';
import { moneyFormat, PLAIN_MONEY } from '../../../src/model/shared/money-format';
import { predictionSummary as summaryIn } from '../../../src/ui/predict/prediction-summary';

const predictionSummary = (result: PredictionResult) => summaryIn(result, PLAIN_MONEY);

const CONVERGED = { converged: true, customers: 4339 };

function method(name: ChurnMethodResult['method'], low: number | null): ChurnMethodResult {
  const versusRule = low === null ? null : { difference: low + 0.03, standardError: 0.015, low, high: low + 0.06 };
  return { method: name, auc: 0.7, precision: 0.5, recall: 0.5, versusRule };
}

/** A result with what the summary reads; the rest of the shape does not matter to it. */
function result(current: Partial<CurrentPredictions>, churn: ChurnComparison | null): PredictionResult {
  return {
    validation: { calibrationEnd: '2011-09-10', churn },
    current: { customers: 4339, repeatCustomers: 2845, fits: { bgnbd: CONVERGED, gammaGamma: CONVERGED }, outlook: null, ...current },
  } as unknown as PredictionResult;
}

function churn(bgnbdLow: number, classifierLow: number): ChurnComparison {
  return { activeDays: 90, customers: 3000, churned: 2000, flagged: 1500, windowEnd: '2011-10-10', verdict: '', methods: [method('static_rule', null), method('bgnbd', bgnbdLow), method('classifier', classifierLow)] };
}

describe('the predictions in plain words', () => {
  it('lead with who is unlikely to buy soon and what everyone is expected to spend', () => {
    const summary = predictionSummary(result({ outlook: { unlikelyToBuy30d: 715, predicted: 4339, expectedValue12m: 1234567.891 } }, churn(0.02, 0.01)));
    expect(summary.outlook).toBe(
      "The models find 715 of your 4,339 customers unlikely to buy in the next 30 days, and expect about 1,234,567.89 from all of them over the next 12 months (in today's money).",
    );
    expect(summary.unfitted).toEqual([]);
    // In the shop's currency when the file has one.
    const inEuros = summaryIn(result({ outlook: { unlikelyToBuy30d: 715, predicted: 4339, expectedValue12m: 1234567.891 } }, null), moneyFormat({ kind: 'single', code: 'EUR' }));
    expect(inEuros.outlook).toContain('expect about €1,234,567.89 from all of them');
  });

  it('say whether the models rank churners better than the rule, by the interval of the AUC difference', () => {
    const verdictOf = (bgnbdLow: number, classifierLow: number) => predictionSummary(result({}, churn(bgnbdLow, classifierLow)));
    expect(verdictOf(0.01, 0.02).verdict).toBe('both-better');
    expect(verdictOf(0.01, 0.02).verdictText).toBe('They rank the customers who stay away better than the 90-day rule does.');
    expect(verdictOf(0.01, -0.02).verdict).toBe('bgnbd-better');
    expect(verdictOf(-0.01, 0.02).verdict).toBe('classifier-better');
    // An interval that reaches 0 is no clear difference.
    expect(verdictOf(0, -0.01).verdict).toBe('not-better');
    expect(verdictOf(0, -0.01).verdictText).toMatch(/^Neither model .* so the simple rule is as good a guide here\.$/);
    expect(predictionSummary(result({}, null)).verdict).toBe('unchecked');
  });

  it('say in plain words why a model could not be fitted, before any technical reason', () => {
    const noRepeat = predictionSummary(result({ fits: null, repeatCustomers: 1, customers: 3 }, null));
    expect(noRepeat.unfitted).toEqual(['There are not enough repeat customers to fit the models (1 of 3 customers came back).']);
    expect(noRepeat.outlook).toBeNull();
    const regular = predictionSummary(result({ fits: { bgnbd: { converged: false }, gammaGamma: CONVERGED } as CurrentPredictions['fits'] }, null));
    expect(regular.unfitted[0]).toMatch(/^The purchase model could not be fitted to this shop \(2,845 of 4,339 customers came back\)/);
    const spending = predictionSummary(result({ fits: { bgnbd: CONVERGED, gammaGamma: { converged: false } } as CurrentPredictions['fits'], outlook: { unlikelyToBuy30d: 3, predicted: 10, expectedValue12m: null } }, null));
    expect(spending.unfitted).toEqual(["The spending model could not be fitted to the repeat customers' order values, so no customer values (CLV) are given."]);
    expect(spending.outlook).toBe('The models find 3 of your 10 customers unlikely to buy in the next 30 days.');
  });
});
