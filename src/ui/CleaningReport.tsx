import type { LoadResult } from '../engine/api';
import { CLEANING_LABELS, CLEANING_REASONS } from '../model/cleaning';
import { unreadableSentence } from '../model/cleaning-messages';
import { formatCount, formatShare } from '../model/format';

const ORDER = ['rows', ...CLEANING_REASONS, 'kept'] as const;

/** What happened to every line of the file. */
export function CleaningReport({ loaded }: { loaded: LoadResult }) {
  const { counts } = loaded;
  return (
    <section className="card" data-testid="cleaning-report" aria-labelledby="cleaning-title">
      <h2 id="cleaning-title">Cleaning report</h2>
      <p className="muted">
        {loaded.fileName} · {loaded.layout.name} layout · {loaded.encoding} · orders from {loaded.firstDate} to {loaded.lastDate} ·{' '}
        {formatCount(loaded.customers)} customers
      </p>
      <table className="numbers">
        <tbody>
          {ORDER.map((key) => (
            <tr key={key} className={key === 'rows' || key === 'kept' ? 'total' : undefined}>
              <th scope="row">{CLEANING_LABELS[key]}</th>
              <td data-count-of={key} data-value={counts[key]}>
                {formatCount(counts[key])}
              </td>
              <td className="muted">{key === 'rows' ? '' : formatShare(counts[key], counts.rows)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loaded.unreadable.length > 0 && (
        <ul className="muted small">
          {loaded.unreadable.map((detail) => (
            <li key={detail.field}>{unreadableSentence(detail, loaded.layout)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
