/**
 * Churn predictions judged on held-out time: each method's ROC AUC, precision and recall on the same
 * customers, and a verdict in plain words. "Churned" means no purchase in the 30 days after the end
 * of the calibration period.
 */
import { confusionCounts, precision, recall, rocAuc } from './churn-metrics';

export type ChurnMethod = 'static_rule' | 'bgnbd' | 'classifier';

export const CHURN_METHODS: readonly ChurnMethod[] = ['static_rule', 'bgnbd', 'classifier'];

const METHOD_NAMES: Record<ChurnMethod, string> = {
  static_rule: 'the static rule',
  bgnbd: 'BG/NBD',
  classifier: 'the classifier',
};

export interface ChurnMethodResult {
  method: ChurnMethod;
  auc: number | null;
  precision: number | null;
  recall: number | null;
  /** Customers the method called churned. */
  flagged: number;
  /** Why the method has no result, when it has none. */
  unavailable?: string;
}

export interface ChurnOutcome {
  customers: number;
  churned: number;
}

/** A higher score must mean "more likely to churn"; `called` is the method's yes/no answer. */
export function evaluateChurnMethod(
  method: ChurnMethod, scores: ArrayLike<number>, called: ArrayLike<boolean>, churned: ArrayLike<boolean>,
): ChurnMethodResult {
  const counts = confusionCounts(called, churned);
  return {
    method,
    auc: rocAuc(scores, churned),
    precision: precision(counts),
    recall: recall(counts),
    flagged: counts.truePositives + counts.falsePositives,
  };
}

export function unavailableMethod(method: ChurnMethod, reason: string): ChurnMethodResult {
  return { method, auc: null, precision: null, recall: null, flagged: 0, unavailable: reason };
}

/** AUC differences smaller than this are within the noise of a few hundred customers. */
const CLEAR_DIFFERENCE = 0.02;

export function churnVerdict(results: readonly ChurnMethodResult[], { customers, churned }: ChurnOutcome): string {
  const share = customers > 0 ? Math.round((100 * churned) / customers) : 0;
  const base = `${churned} of ${customers} customers (${share}%) did not buy in the 30 days after the calibration end.`;
  const measured = results.filter((result) => result.auc !== null);
  if (churned === 0 || churned === customers) {
    return `${base} With ${churned === 0 ? 'nobody' : 'everybody'} churning there is nothing to tell apart, so the methods cannot be compared; move the calibration end.`;
  }
  if (measured.length === 0) return `${base} No method could be measured.`;
  const best = measured.reduce((top, result) => (result.auc! > top.auc! ? result : top));
  const rule = results.find((result) => result.method === 'static_rule');
  const ruleAuc = rule?.auc ?? null;
  const scale = 'An AUC of 0.5 is a coin toss, 1 is perfect.';
  if (ruleAuc === null || best.method === 'static_rule' || best.auc! - ruleAuc < CLEAR_DIFFERENCE) {
    const models = measured.filter((result) => result.method !== 'static_rule');
    const modelText = models.length ? models.map((result) => `${METHOD_NAMES[result.method]} ${result.auc!.toFixed(2)}`).join(', ') : 'no model result';
    return `${base} On this data the models do not rank churners clearly better than days since the last purchase (AUC: the static rule ${formatAuc(ruleAuc)}, ${modelText}): the simple rule is as good here. ${scale}`;
  }
  const runnerUp = measured.filter((result) => result !== best).map((result) => `${METHOD_NAMES[result.method]} ${result.auc!.toFixed(2)}`);
  return `${base} ${capitalise(METHOD_NAMES[best.method])} ranks churners best (AUC ${best.auc!.toFixed(2)}, against ${runnerUp.join(' and ')}), so it is the better guide to who will stay away than the static rule. ${scale}`;
}

function formatAuc(auc: number | null): string {
  return auc === null ? 'not measurable' : auc.toFixed(2);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
