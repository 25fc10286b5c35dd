import type { ChurnComparison } from '../engine/prediction-api';
import type { ChurnMethod } from '../model/churn-validation';
import { formatCount } from '../model/format';

const METHOD_LABELS: Record<ChurnMethod, (activeDays: number) => string> = {
  static_rule: (activeDays) => `Static rule: no purchase in the last ${activeDays} days`,
  bgnbd: () => 'BG/NBD: P(churn in 30 days) ≥ 50%',
  classifier: () => 'Classifier (boosted trees): P(churn) ≥ 50%',
};

interface Props {
  churn: ChurnComparison;
  activeDays: number;
  calibrationEnd: string;
}

/** The three churn methods on the same customers and the same 30 days, side by side, and the verdict. */
export function ChurnValidation({ churn, activeDays, calibrationEnd }: Props) {
  return (
    <div className="churn-validation" data-testid="churn-validation" data-customers={churn.customers} data-churned={churn.churned}>
      <h4>
        Who stayed away in the 30 days after {calibrationEnd} (to {churn.windowEnd})?
      </h4>
      <table className="numbers">
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col" title="Chance that a customer who stayed away is ranked above one who came back">
              ROC AUC
            </th>
            <th scope="col" title="Of the customers called lost, the share who did not buy">
              Precision
            </th>
            <th scope="col" title="Of the customers who did not buy, the share called lost">
              Recall
            </th>
            <th scope="col">Called lost</th>
          </tr>
        </thead>
        <tbody>
          {churn.methods.map((result) => (
            <tr
              key={result.method}
              data-method={result.method}
              data-available={!result.unavailable}
              {...(result.auc !== null && { 'data-auc': result.auc })}
              {...(result.precision !== null && { 'data-precision': result.precision })}
              {...(result.recall !== null && { 'data-recall': result.recall })}
            >
              <th scope="row">{METHOD_LABELS[result.method](activeDays)}</th>
              {result.unavailable ? (
                <td colSpan={4} className="muted">
                  Not available: {result.unavailable}.
                </td>
              ) : (
                <>
                  <td>{formatMetric(result.auc, 2)}</td>
                  <td>{formatPercent(result.precision)}</td>
                  <td>{formatPercent(result.recall)}</td>
                  <td>{formatCount(result.flagged)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="verdict" data-testid="churn-verdict">
        {churn.verdict}
      </p>
    </div>
  );
}

function formatMetric(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

function formatPercent(value: number | null): string {
  return value === null ? '—' : `${Math.round(100 * value)}%`;
}
