/**
 * Churn predictions judged on held-out time, every method on the same customers: ROC AUC, which needs
 * no cut-off, and precision and recall with every method calling the *same number* of customers lost —
 * as many as the static rule does, each method its highest-scoring ones. With cut-offs of their own
 * (P ≥ 50%, say) the table would mostly show where each cut-off sits: at a 94% churn rate a model calls
 * almost everybody lost. "Churned" means no purchase in the 30 days after the calibration end.
 */
import { compareAucs } from './auc-comparison';
import { aucOf, placements, precision, rankScores, recall, topKCounts } from './churn-metrics';
import type { Placements } from './churn-metrics';
import { churnVerdict } from './churn-verdict';
import type { ChurnMethod, ChurnMethodResult, MethodScores } from './churn-method';

export type { ChurnMethod, ChurnMethodResult, MethodScores };

export interface ChurnJudgement {
  methods: ChurnMethodResult[];
  verdict: string;
}

/** `methods` include the static rule; `flagged` is the number of customers it calls lost. */
export function judgeChurnMethods(methods: readonly MethodScores[], churned: readonly boolean[], flagged: number): ChurnJudgement {
  const measured = methods.map((entry) => ('scores' in entry ? { method: entry.method, ...measure(entry.scores, churned, flagged) } : entry));
  const placedOf = (method: ChurnMethod) => {
    const found = measured.find((entry) => entry.method === method);
    return found && 'placed' in found ? found.placed : null;
  };
  const rule = placedOf('static_rule');
  const results = measured.map((entry): ChurnMethodResult => {
    if ('unavailable' in entry) return { method: entry.method, auc: null, precision: null, recall: null, versusRule: null, unavailable: entry.unavailable };
    const versusRule = entry.method !== 'static_rule' && entry.placed && rule ? compareAucs(entry.placed, rule) : null;
    return { method: entry.method, auc: entry.placed && aucOf(entry.placed), precision: entry.precision, recall: entry.recall, versusRule };
  });
  const bgnbd = placedOf('bgnbd'), classifier = placedOf('classifier');
  const betweenModels = bgnbd && classifier ? compareAucs(bgnbd, classifier) : null;
  const outcome = { customers: churned.length, churned: churned.filter(Boolean).length };
  return { methods: results, verdict: churnVerdict(results, outcome, betweenModels) };
}

function measure(scores: ArrayLike<number>, churned: readonly boolean[], flagged: number): { placed: Placements | null; precision: number | null; recall: number | null } {
  const ranking = rankScores(scores);
  const counts = topKCounts(ranking, churned, flagged);
  return { placed: placements(ranking, churned), precision: precision(counts), recall: recall(counts) };
}
