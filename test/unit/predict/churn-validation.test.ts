import { describe, expect, it } from 'vitest';
import { precision, rankScores, recall, topKCounts } from '../../../src/model/predict/churn/churn-metrics';
import { judgeChurnMethods } from '../../../src/model/predict/churn/churn-validation';
import type { MethodScores } from '../../../src/model/predict/churn/churn-validation';
import { churnVerdict } from '../../../src/model/predict/churn/churn-verdict';
import { seededRandom, standardNormal } from '../../../src/model/shared/random';

/** Customers with a hidden risk; the rule sees it as whole "days", coarsely, the models more sharply. */
function customers(n: number, seed: number) {
  const random = seededRandom(seed);
  const risk = Array.from({ length: n }, () => standardNormal(random));
  const churned = risk.map((u) => random() < 1 / (1 + Math.exp(-2 * u)));
  const noisy = (noise: number) => risk.map((u) => u + noise * standardNormal(random));
  const recency = noisy(1.5).map((score) => Math.max(1, Math.round(60 + 30 * score)));
  return { churned, recency, sharp: noisy(0.3), sharper: noisy(0.25) };
}

const ACTIVE_DAYS = 90;

describe('judgeChurnMethods', () => {
  const { churned, recency, sharp } = customers(1_000, 1);
  const flagged = recency.filter((days) => days > ACTIVE_DAYS).length;
  const methods: MethodScores[] = [
    { method: 'static_rule', scores: recency },
    { method: 'bgnbd', scores: sharp },
    { method: 'classifier', unavailable: 'too few customers' },
  ];
  const { methods: results } = judgeChurnMethods(methods, churned, flagged);

  it('scores the static rule exactly as its own yes/no calls', () => {
    let truePositives = 0;
    recency.forEach((days, i) => (truePositives += days > ACTIVE_DAYS && churned[i] ? 1 : 0));
    expect(flagged).toBeGreaterThan(50);
    expect(results[0].precision).toBeCloseTo(truePositives / flagged, 12);
    expect(results[0].recall).toBeCloseTo(truePositives / churned.filter(Boolean).length, 12);
  });

  it('scores each model calling as many customers lost as the rule, its highest scores', () => {
    const counts = topKCounts(rankScores(sharp), churned, flagged);
    expect(counts.truePositives + counts.falsePositives).toBeCloseTo(flagged, 9);
    expect(results[1]).toMatchObject({ method: 'bgnbd', precision: precision(counts), recall: recall(counts) });
    // The sharper score does better at the same number of calls.
    expect(results[1].precision!).toBeGreaterThan(results[0].precision!);
  });

  it('compares each model’s AUC with the rule’s, and keeps an unavailable method’s reason', () => {
    expect(results[0].versusRule).toBeNull();
    expect(results[1].versusRule!.difference).toBeCloseTo(results[1].auc! - results[0].auc!, 12);
    expect(results[2]).toEqual({ method: 'classifier', auc: null, precision: null, recall: null, versusRule: null, unavailable: 'too few customers' });
  });
});

describe('the churn verdict', () => {
  const { churned, recency, sharp, sharper } = customers(3_000, 2);
  const flagged = recency.filter((days) => days > ACTIVE_DAYS).length;
  const verdict = (...models: MethodScores[]) => judgeChurnMethods([{ method: 'static_rule', scores: recency }, ...models], churned, flagged).verdict;

  it('names a model only when its AUC is clearly above the rule’s', () => {
    expect(verdict({ method: 'bgnbd', scores: sharp }, { method: 'classifier', unavailable: 'no data' })).toMatch(
      /^\d+ of 3000 customers \(\d+%\) did not buy in the 30 days after the calibration end\. BG\/NBD ranks churners clearly better than days since the last purchase \(AUC: the static rule 0\.\d\d, BG\/NBD 0\.\d\d; against the rule, with 95% intervals: BG\/NBD \+0\.\d\d \(\+0\.\d\d to \+0\.\d\d\)\), so it is the better guide/,
    );
  });

  it('finds no clear difference when a model scores exactly like the rule', () => {
    expect(verdict({ method: 'bgnbd', scores: recency.map((days) => days / 100) }, { method: 'classifier', scores: [...recency] })).toMatch(
      /no model ranks churners clearly better than days since the last purchase \(.*BG\/NBD ±0\.00 \(±0\.00 to ±0\.00\).*\): no clear difference, so the simple rule is as good here/,
    );
  });

  it('says whether two models that both beat the rule differ clearly from each other', () => {
    expect(verdict({ method: 'bgnbd', scores: sharp }, { method: 'classifier', scores: sharper })).toMatch(
      /Both models rank churners clearly better than days since the last purchase \(.*\); between the two models there is no clear difference\./,
    );
    const blunt = recency.map((days, i) => days + 40 * sharp[i]);
    expect(verdict({ method: 'bgnbd', scores: blunt }, { method: 'classifier', scores: sharper })).toMatch(/and the classifier clearly better than BG\/NBD: it is the best guide/);
  });

  it('does not compare methods when nobody (or everybody) churned', () => {
    expect(churnVerdict([], { customers: 10, churned: 0 }, null)).toMatch(/With nobody churning there is nothing to tell apart/);
    expect(churnVerdict([], { customers: 10, churned: 10 }, null)).toMatch(/With everybody churning/);
  });
});
