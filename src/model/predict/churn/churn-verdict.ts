/**
 * The churn comparison in plain words. A model is called better than the static rule only when the
 * 95% interval of its AUC difference (DeLong) lies wholly above 0; a smaller gap is within what chance
 * alone gives on this many customers (with ~130 customers who came back, ±0.04 or so), and the verdict
 * says there is no clear difference.
 */
import { clearlyHigher } from './auc-comparison';
import type { AucDifference } from './auc-comparison';
import type { ChurnMethod, ChurnMethodResult } from './churn-method';

const METHOD_NAMES: Record<ChurnMethod, string> = {
  static_rule: 'the static rule',
  bgnbd: 'BG/NBD',
  classifier: 'the classifier',
};

const SCALE = 'An AUC of 0.5 is a coin toss, 1 is perfect.';

export interface ChurnOutcome {
  customers: number;
  churned: number;
}

/** `betweenModels`: BG/NBD's AUC minus the classifier's, when both were measured. */
export function churnVerdict(results: readonly ChurnMethodResult[], outcome: ChurnOutcome, betweenModels: AucDifference | null): string {
  const { customers, churned } = outcome;
  const share = customers > 0 ? Math.round((100 * churned) / customers) : 0;
  const base = `${churned} of ${customers} customers (${share}%) did not buy in the 30 days after the calibration end.`;
  if (churned === 0 || churned === customers) {
    return `${base} With ${churned === 0 ? 'nobody' : 'everybody'} churning there is nothing to tell apart, so the methods cannot be compared; move the calibration end.`;
  }
  const measured = results.filter((result) => result.auc !== null);
  if (measured.length === 0) return `${base} No method could be measured.`;
  const figures = aucFigures(measured);
  const better = measured.filter((result) => clearlyHigher(result.versusRule));
  if (better.length === 0) {
    return `${base} On this data no model ranks churners clearly better than days since the last purchase (${figures}): no clear difference, so the simple rule is as good here. ${SCALE}`;
  }
  if (better.length === 1) {
    return `${base} ${capitalise(METHOD_NAMES[better[0].method])} ranks churners clearly better than days since the last purchase (${figures}), so it is the better guide to who will stay away. ${SCALE}`;
  }
  const both = `${base} Both models rank churners clearly better than days since the last purchase (${figures})`;
  const leader = clearlyHigher(betweenModels) ? 'bgnbd' : betweenModels && betweenModels.high < 0 ? 'classifier' : null;
  if (!leader) return `${both}; between the two models there is no clear difference. ${SCALE}`;
  const other = leader === 'bgnbd' ? 'classifier' : 'bgnbd';
  return `${both}, and ${METHOD_NAMES[leader]} clearly better than ${METHOD_NAMES[other]}: it is the best guide to who will stay away. ${SCALE}`;
}

/** "AUC: the static rule 0.70, BG/NBD 0.81; against the rule, with 95% intervals: BG/NBD +0.11 (+0.08 to +0.14)". */
function aucFigures(measured: readonly ChurnMethodResult[]): string {
  const aucs = measured.map((result) => `${METHOD_NAMES[result.method]} ${result.auc!.toFixed(2)}`).join(', ');
  const gaps = measured.flatMap((result) => (result.versusRule ? [`${METHOD_NAMES[result.method]} ${formatAucDifference(result.versusRule)}`] : []));
  return gaps.length ? `AUC: ${aucs}; against the rule, with 95% intervals: ${gaps.join(', ')}` : `AUC: ${aucs}`;
}

/** "+0.11 (+0.08 to +0.14)": the difference and its 95% interval. */
export function formatAucDifference({ difference, low, high }: AucDifference): string {
  return `${signed(difference)} (${signed(low)} to ${signed(high)})`;
}

function signed(value: number): string {
  const rounded = Math.abs(value).toFixed(2);
  return Number(rounded) === 0 ? '±0.00' : `${value < 0 ? '−' : '+'}${rounded}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
