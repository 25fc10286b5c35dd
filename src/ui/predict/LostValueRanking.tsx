import type { LostValueRow } from '../../protocol/predict';
import { formatCount, moneyAttribute } from '../../model/shared/format';
import { useMoney } from '../shared/currency-context';
import { tierInfo } from '../../model/segments/tiers';
import { TableScroll } from '../shared/TableScroll';
import type { PredictionState } from './use-predictions';

/**
 * The Revenue Leak as the models see it: customers ranked by expected lost value = 12-month CLV ×
 * P(no longer a customer). It is largest for valuable customers whose fate is undecided, the ones a
 * win-back effort can still change; customers of every tier can appear.
 */
export function LostValueRanking({ predictions }: { predictions: PredictionState }) {
  const report = predictions.result?.current.lostValue ?? null;
  const unpredictable = predictions.result?.current.unpredictable ?? 0;
  const money = useMoney();
  return (
    <section
      className="card report leak"
      data-testid="lost-value"
      data-state={predictions.working ? 'working' : report ? 'ready' : 'unavailable'}
      {...(report && { 'data-customers': report.customers, 'data-total': moneyAttribute(report.total), 'data-unpredictable': unpredictable })}
    >
      <h2>Revenue Leak by expected lost value</h2>
      {report ? (
        <>
          <p className="headline">
            <strong>{money.format(report.total)}</strong> of expected value is at stake with customers who may already have left;{' '}
            <strong>{money.format(report.atRiskWhales)}</strong> of it with the At-Risk Whales.
          </p>
          <p className="muted">
            Expected lost value = 12-month CLV × P(no longer a customer), from the models fitted on all data: value at stake, not value
            already gone. It is largest for valuable customers whose fate is undecided, the ones a personal win-back effort can still
            change; one-time buyers score 0, as BG/NBD lets customers leave only after a repeat purchase. Largest first
            {report.rows.length < report.customers ? ` (top ${report.rows.length} shown; the export has everyone)` : ''}.
          </p>
          {unpredictable > 0 && (
            <p className="field-error" data-testid="unpredictable-customers">
              {formatCount(unpredictable)} {unpredictable === 1 ? 'customer is' : 'customers are'} not ranked: their predictions could not
              be computed.
            </p>
          )}
          <LostValueTable rows={report.rows} />
        </>
      ) : (
        <p className="muted">{unavailableText(predictions)}</p>
      )}
    </section>
  );
}

function unavailableText({ working, error, result }: PredictionState): string {
  if (working) return 'The models are being fitted; the ranking appears here when they are done.';
  if (error) return error;
  const problems = result?.current.problems ?? [];
  return problems.length ? problems.join(' ') : 'No customer values could be predicted for this file.';
}

function LostValueTable({ rows }: { rows: readonly LostValueRow[] }) {
  const money = useMoney();
  return (
    <TableScroll label="Customers by expected lost value">
      <table className="numbers customers">
        <caption className="visually-hidden">Customers by expected lost value</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Tier</th>
            <th scope="col">Spent</th>
            <th scope="col">Days since</th>
            <th scope="col">P(alive)</th>
            <th scope="col">CLV 12 m</th>
            <th scope="col">Expected lost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.customerId} data-customer-id={row.customerId} data-expected-lost-value={row.expectedLostValue}>
              <th scope="row">{row.customerId}</th>
              <td>{tierInfo(row.segment).label}</td>
              <td>{money.format(row.monetary)}</td>
              <td>{formatCount(row.recencyDays)}</td>
              <td>{`${Math.round(100 * row.pAlive)}%`}</td>
              <td>{money.format(row.clv12m)}</td>
              <td>{money.format(row.expectedLostValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
