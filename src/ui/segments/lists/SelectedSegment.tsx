import { useEffect, useState } from 'react';
import type { CustomerRow } from '../../../protocol/segments';
import { formatCount, formatCountOf } from '../../../model/shared/format';
import { CustomerList } from './CustomerList';

const PAGE = 100;
/** Longer lists are for the explorer (filtered by segment) or the export, not for this card. */
const MOST = 1000;

interface Props {
  segment: string;
  label: string;
  description: string;
  /** The segment's customers in all, of which the first `limit` are asked for. */
  total: number;
  /** What clicking a tile or summary row chooses: "tier" or "segment". */
  kind: string;
  /** The segment's first `limit` customers, biggest spenders first; a new function means a new list. */
  loadRows: (limit: number) => Promise<readonly CustomerRow[]>;
}

/**
 * The selected tier's or named segment's customers, paged from the worker so large shops never flood
 * the page. The App keys it by segment, so choosing another one starts again at the first page.
 */
export function SelectedSegment({ segment, label, description, total, kind, loadRows }: Props) {
  const [limit, setLimit] = useState(PAGE);
  // The rows stay on screen while newer ones (new thresholds or rules) are on their way.
  const [fetched, setFetched] = useState<{ rows: readonly CustomerRow[]; loadRows: Props['loadRows']; limit: number } | null>(null);

  useEffect(() => {
    let live = true;
    loadRows(limit).then(
      (page) => live && setFetched({ rows: page, loadRows, limit }),
      () => live && setFetched({ rows: [], loadRows, limit }),
    );
    return () => {
      live = false;
    };
  }, [loadRows, limit]);

  const rows = fetched?.rows ?? [];
  const current = fetched?.loadRows === loadRows && fetched.limit === limit;
  const more = rows.length < total;
  return (
    <section
      className="card segment-customers"
      data-testid="selected-segment"
      data-segment={segment}
      data-state={current ? 'ready' : 'loading'}
      aria-busy={!current}
      aria-labelledby="selected-title"
    >
      <h2 id="selected-title">
        {label} <span className="muted">· {formatCountOf(total, 'customer')}</span>
      </h2>
      <p className="muted">
        {description}. Click a tile or a {kind} row to see another {kind}.
      </p>
      <CustomerList rows={rows} caption={`${label} customers`} showTier={false} />
      {more && limit < MOST && (
        <button type="button" className="button small" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, total - rows.length)} more of {formatCount(total - rows.length)}
        </button>
      )}
      {more && limit >= MOST && (
        <p className="muted small">
          The first {formatCount(MOST)} are shown; the customer explorer below (filtered by this {kind}) and the export have them all.
        </p>
      )}
    </section>
  );
}
