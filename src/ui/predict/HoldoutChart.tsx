import { useMemo } from 'react';
import { holdoutPurchasesPlot } from '../../charts/predict/holdout-purchases';
import type { HoldoutComparison } from '../../model/predict/holdout-purchases';
import { formatCount } from '../../model/shared/format';
import { usePlot } from '../shared/use-plot';

interface Props {
  comparison: HoldoutComparison;
  holdoutDays: number;
}

/** The standard BG/NBD check as a chart, with the same numbers in a table for screen readers and tests. */
export function HoldoutChart({ comparison, holdoutDays }: Props) {
  const options = useMemo(() => holdoutPurchasesPlot(comparison.groups, holdoutDays), [comparison, holdoutDays]);
  const holder = usePlot(options, 'Predicted and actual holdout purchases by calibration purchases');
  const error = comparison.actualTotal > 0 ? (comparison.predictedTotal - comparison.actualTotal) / comparison.actualTotal : null;
  return (
    <figure className="chart holdout-chart" data-testid="holdout-purchases" data-actual={comparison.actualTotal} data-predicted={comparison.predictedTotal}>
      <figcaption>
        <strong>Predicted vs actual purchases in the holdout.</strong> Customers are grouped by how many times they came back
        during the calibration period; the closer the lines, the better the model. In total BG/NBD expected{' '}
        {formatCount(Math.round(comparison.predictedTotal))} purchase days and customers made {formatCount(comparison.actualTotal)}
        {error !== null && ` (${error >= 0 ? '+' : ''}${(100 * error).toFixed(0)}%)`}.
      </figcaption>
      <div ref={holder} className="chart-body" />
      <table className="visually-hidden">
        <caption>Purchases per customer in the holdout</caption>
        <thead>
          <tr>
            <th scope="col">Repeat purchases in calibration</th>
            <th scope="col">Customers</th>
            <th scope="col">Actual</th>
            <th scope="col">Predicted</th>
          </tr>
        </thead>
        <tbody>
          {comparison.groups.map((group) => (
            <tr key={group.label} data-group={group.label} data-customers={group.customers} data-actual={group.actual} data-predicted={group.predicted}>
              <th scope="row">{group.label}</th>
              <td>{group.customers}</td>
              <td>{group.actual.toFixed(2)}</td>
              <td>{group.predicted.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
