import type { SegmentView } from '../engine/api';
import { formatCount, formatMoney, formatShare, moneyAttribute } from '../model/format';
import { tierInfo, type TierId } from '../model/tiers';

interface Props {
  view: SegmentView;
  selected: TierId;
  onSelect(segment: TierId): void;
}

/** The four tiers with their customers and revenue; a row click selects the tier. */
export function SegmentSummary({ view, selected, onSelect }: Props) {
  const totalCustomers = view.totals.reduce((sum, row) => sum + row.customers, 0);
  const totalRevenue = view.totals.reduce((sum, row) => sum + row.revenue, 0);
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">Retention tiers</h2>
      <p className="muted">
        High value: spent at least {formatMoney(view.valueThreshold)} (the {view.params.valuePercentile}th percentile). Active:
        bought within {view.params.activeDays} days of {view.params.referenceDate}.
      </p>
      <table className="numbers selectable" data-testid="segment-summary">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Customers</th>
            <th scope="col">Revenue</th>
            <th scope="col">Share of revenue</th>
          </tr>
        </thead>
        <tbody>
          {view.totals.map((row) => {
            const tier = tierInfo(row.segment);
            return (
              <tr
                key={row.segment}
                data-segment={row.segment}
                data-customers={row.customers}
                data-revenue={moneyAttribute(row.revenue)}
                aria-selected={row.segment === selected}
                tabIndex={0}
                onClick={() => onSelect(row.segment)}
                onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onSelect(row.segment)}
              >
                <th scope="row">
                  <span className="swatch" style={{ background: tier.color }} aria-hidden="true" />
                  {tier.label}
                  <span className="muted small"> · {tier.description}</span>
                </th>
                <td>{formatCount(row.customers)}</td>
                <td>{formatMoney(row.revenue)}</td>
                <td>{formatShare(row.revenue, totalRevenue)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All customers</th>
            <td>{formatCount(totalCustomers)}</td>
            <td>{formatMoney(totalRevenue)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
