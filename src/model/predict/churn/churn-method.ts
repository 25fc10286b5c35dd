import type { AucDifference } from './auc-comparison';

/** The churn methods compared on held-out time, and what each one scored. */
export type ChurnMethod = 'static_rule' | 'bgnbd' | 'classifier';

/** A method's churn score per customer (higher: more likely to churn), or why it has none. */
export type MethodScores = { method: ChurnMethod; scores: ArrayLike<number> } | { method: ChurnMethod; unavailable: string };

export interface ChurnMethodResult {
  method: ChurnMethod;
  auc: number | null;
  precision: number | null;
  recall: number | null;
  /** This method's AUC minus the static rule's, with its 95% interval; null for the rule itself. */
  versusRule: AucDifference | null;
  /** Why the method has no result, when it has none. */
  unavailable?: string;
}
