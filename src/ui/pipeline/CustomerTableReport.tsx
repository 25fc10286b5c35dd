import type { LoadResult } from '../../protocol/load';
import { CLEANING_LABELS } from '../../model/load/cleaning';
import { UNAVAILABLE_FROM_CUSTOMER_TABLE, unavailableText, type UnavailableFeature } from '../../model/pipeline/unavailable-features';
import { formatCount } from '../../model/shared/format';
import { roundedTimings } from '../load/CleaningReport';

/** What a customer table holds, the script's cleaning counts when they came with it, and what it cannot show. */
export function CustomerTableReport({ loaded }: { loaded: LoadResult }) {
  const { counts, unavailable } = loaded;
  return (
    // data-load-timings: the worker's own time per load stage (ms), read by the benchmark, never shown.
    <section
      className="card"
      data-testid="cleaning-report"
      data-source="customer-table"
      data-load-timings={JSON.stringify(roundedTimings(loaded))}
      aria-labelledby="cleaning-title"
    >
      <h2 id="cleaning-title">Customer table</h2>
      <p className="muted">
        {loaded.fileName} · a customer table made by the pipeline script or a warehouse · orders from {loaded.firstDate} to {loaded.lastDate} ·{' '}
        {formatCount(loaded.customers)} customers
      </p>
      {unavailable.includes('cleaning') ? (
        <p className="small" data-testid="cleaning-unavailable">
          {unavailableText('cleaning')}
        </p>
      ) : (
        <table className="numbers">
          <tbody>
            <tr className="total">
              <th scope="row">{CLEANING_LABELS.rows}</th>
              <td data-count-of="rows" data-value={counts.rows}>
                {formatCount(counts.rows)}
              </td>
            </tr>
            <tr className="total">
              <th scope="row">{CLEANING_LABELS.kept}</th>
              <td data-count-of="kept" data-value={counts.kept}>
                {formatCount(counts.kept)}
              </td>
            </tr>
          </tbody>
        </table>
      )}
      <ul className="muted small" data-testid="unavailable-features">
        {unavailable
          .filter((feature) => feature !== 'cleaning')
          .map((feature: UnavailableFeature) => (
            <li key={feature} data-feature={feature}>
              Not available from a customer table: {UNAVAILABLE_FROM_CUSTOMER_TABLE[feature]}.
            </li>
          ))}
      </ul>
    </section>
  );
}
