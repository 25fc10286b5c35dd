import { TableScroll } from '../shared/TableScroll';
import type { ChurnComparison } from '../../protocol/predict';
import type { ChurnMethod, ChurnMethodResult } from '../../model/predict/churn/churn-validation';
import { formatAucDifference } from '../../model/predict/churn/churn-verdict';
import { formatCount } from '../../model/shared/format';

const METHOD_LABELS: Record<ChurnMethod, (activeDays: number) => string> = {
  static_rule: (activeDays) => `Static rule: no purchase in the last ${activeDays} days`,
  bgnbd: () => 'BG/NBD: P(churn in 30 days)',
  classifier: () => 'Classifier (boosted trees): P(churn)',
};

interface Props {
  churn: ChurnComparison;
  activeDays: number;
  calibrationEnd: string;
}

/** The three churn methods on the same customers and the same 30 days, side by side, and the verdict. */
export function ChurnValidation({ churn, activeDays, calibrationEnd }: Props) {
  const baseRate = churn.customers > 0 ? churn.churned / churn.customers : 0;
  return (
    <div
      className="churn-validation"
      data-testid="churn-validation"
      data-customers={churn.customers}
      data-churned={churn.churned}
      data-base-rate={baseRate}
      data-flagged={churn.flagged}
    >
      <h4>
        Who stayed away in the 30 days after {calibrationEnd} (to {churn.windowEnd})?
      </h4>
      <p className="muted" data-testid="churn-cut-off">
        {formatPercent(baseRate)} of these {formatCount(churn.customers)} customers did not buy (the base rate). Each method calls the same{' '}
        {formatCount(churn.flagged)} customers lost, as many as the static rule does (each model its highest-risk ones), so precision and
        recall compare the methods, not their cut-offs; ROC AUC needs no cut-off.
      </p>
      <TableScroll label="How each method called the customers who stayed away" sideways>
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col" title="Chance that a customer who stayed away is ranked above one who came back">
                ROC AUC
              </th>
              <th scope="col" title="This method's AUC minus the static rule's, and its 95% interval (DeLong)">
                AUC vs the rule (95% interval)
              </th>
              <th scope="col" title="Of the customers called lost, the share who did not buy">
                Precision
              </th>
              <th scope="col" title="Of the customers who did not buy, the share called lost">
                Recall
              </th>
            </tr>
          </thead>
          <tbody>
            {churn.methods.map((result) => (
              <tr key={result.method} data-method={result.method} data-available={!result.unavailable} {...metricAttributes(result)}>
                <th scope="row">{METHOD_LABELS[result.method](activeDays)}</th>
                {result.unavailable ? (
                  <td colSpan={4} className="muted">
                    Not available: {result.unavailable}.
                  </td>
                ) : (
                  <>
                    <td>{result.auc === null ? '—' : result.auc.toFixed(2)}</td>
                    <td>{result.versusRule ? formatAucDifference(result.versusRule) : '—'}</td>
                    <td>{formatPercent(result.precision)}</td>
                    <td>{formatPercent(result.recall)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="verdict" data-testid="churn-verdict">
        {churn.verdict}
      </p>
    </div>
  );
}

/** The measures a method has, as data-* attributes (absent when undefined on this data). */
function metricAttributes({ auc, precision, recall, versusRule }: ChurnMethodResult): Record<string, number> {
  return {
    ...(auc !== null && { 'data-auc': auc }),
    ...(precision !== null && { 'data-precision': precision }),
    ...(recall !== null && { 'data-recall': recall }),
    ...(versusRule && { 'data-auc-difference': versusRule.difference, 'data-auc-difference-low': versusRule.low, 'data-auc-difference-high': versusRule.high }),
  };
}

function formatPercent(value: number | null): string {
  return value === null ? '—' : `${Math.round(100 * value)}%`;
}
