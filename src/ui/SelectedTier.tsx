import { useEffect, useState } from 'react';
import type { CustomerRow, SegmentView } from '../engine/api';
import type { EngineClient } from '../engine/client';
import { formatCount } from '../model/format';
import { tierInfo, type TierId } from '../model/tiers';
import { CustomerList } from './CustomerList';

const PAGE = 100;

interface Props {
  engine: EngineClient;
  view: SegmentView;
  segment: TierId;
}

/**
 * The selected tier's customers, paged from the worker so large shops never flood the page. The App
 * keys it by tier, so choosing another tier starts again at the first page.
 */
export function SelectedTier({ engine, view, segment }: Props) {
  const [rows, setRows] = useState<CustomerRow[]>([]);
  const [limit, setLimit] = useState(PAGE);
  const total = view.totals.find((row) => row.segment === segment)?.customers ?? 0;
  const tier = tierInfo(segment);

  useEffect(() => {
    let live = true;
    engine.customers(view.params, segment, limit, 0).then(
      (page) => live && setRows(page),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [engine, view, segment, limit]);

  return (
    <section className="card" data-testid="selected-segment" data-segment={segment} aria-labelledby="selected-title">
      <h2 id="selected-title">
        {tier.label} <span className="muted">· {formatCount(total)} customers</span>
      </h2>
      <p className="muted">{tier.description}. Click a tile or a tier row to see another tier.</p>
      <CustomerList rows={rows} caption={`${tier.label} customers`} showTier={false} />
      {rows.length < total && (
        <button type="button" className="button small" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, total - rows.length)} more of {formatCount(total - rows.length)}
        </button>
      )}
    </section>
  );
}
