import type { RfmView } from '../engine/rfm-api';
import { formatCount, formatMoney, formatShare, moneyAttribute } from '../model/format';
import { rfmBucketInfo, type RfmBucketId } from '../model/rfm-segments';

interface Props {
  view: RfmView | null;
  selected: RfmBucketId;
  onSelect(segment: RfmBucketId): void;
}

/** The named RFM segments with their customers and revenue; a row click selects the segment. */
export function RfmSummary({ view, selected, onSelect }: Props) {
  const totals = view?.totals ?? [];
  const totalCustomers = totals.reduce((sum, row) => sum + row.customers, 0);
  const totalRevenue = totals.reduce((sum, row) => sum + row.revenue, 0);
  return (
    <section className="card" aria-labelledby="rfm-summary-title" aria-busy={view === null}>
      <h2 id="rfm-summary-title">RFM segments</h2>
      <p className="muted">
        Each customer scores 1–5 on recency, frequency and spend; the rule table below names the combinations. The first rule that
        matches wins; customers no rule matches are in Others.
      </p>
      {view === null ? (
        <p className="muted">Scoring customers…</p>
      ) : (
        <table className="numbers selectable" data-testid="segment-summary" data-segmentation="rfm">
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Customers</th>
              <th scope="col">Revenue</th>
              <th scope="col">Share of revenue</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((row) => {
              const info = rfmBucketInfo(row.segment);
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
                  className={row.customers === 0 ? 'empty' : undefined}
                >
                  <th scope="row" title={info.description}>
                    <span className="swatch" style={{ background: info.color }} aria-hidden="true" />
                    {info.label}
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
      )}
    </section>
  );
}
