import { describe, expect, it } from 'vitest';
import { churnVerdict, evaluateChurnMethod, unavailableMethod } from '../../src/model/churn-validation';
import type { ChurnMethodResult } from '../../src/model/churn-validation';

const result = (method: ChurnMethodResult['method'], auc: number | null): ChurnMethodResult => ({
  method, auc, precision: 0.9, recall: 0.5, flagged: 10,
});

describe('evaluateChurnMethod', () => {
  it('measures the score by AUC and the yes/no call by precision and recall', () => {
    const churned = [true, true, false, false];
    expect(evaluateChurnMethod('bgnbd', [0.9, 0.4, 0.6, 0.1], [true, false, true, false], churned)).toEqual({
      method: 'bgnbd', auc: 0.75, precision: 0.5, recall: 0.5, flagged: 2,
    });
  });
});

describe('churnVerdict', () => {
  const outcome = { customers: 200, churned: 150 };

  it('names the model that ranks churners clearly best', () => {
    const verdict = churnVerdict([result('static_rule', 0.7), result('bgnbd', 0.81), result('classifier', 0.76)], outcome);
    expect(verdict).toBe(
      '150 of 200 customers (75%) did not buy in the 30 days after the calibration end. BG/NBD ranks churners best (AUC 0.81, against the static rule 0.70 and the classifier 0.76), so it is the better guide to who will stay away than the static rule. An AUC of 0.5 is a coin toss, 1 is perfect.',
    );
  });

  it('says plainly when the models are no better than the static rule', () => {
    const verdict = churnVerdict([result('static_rule', 0.8), result('bgnbd', 0.81), unavailableMethod('classifier', 'too few customers')], outcome);
    expect(verdict).toMatch(/do not rank churners clearly better than days since the last purchase \(AUC: the static rule 0\.80, BG\/NBD 0\.81\): the simple rule is as good here/);
  });

  it('does not compare methods when nobody (or everybody) churned', () => {
    expect(churnVerdict([result('static_rule', null)], { customers: 10, churned: 0 })).toMatch(/With nobody churning there is nothing to tell apart/);
    expect(churnVerdict([result('static_rule', null)], { customers: 10, churned: 10 })).toMatch(/With everybody churning/);
  });
});
