import { useEffect, useState } from 'react';
import type { SegmentParams } from '../engine/api';
import type { EngineClient } from '../engine/client';
import type { ExplorerRow, RfmView } from '../engine/rfm-api';
import { formatCount } from '../model/format';
import { rfmBucketInfo, type RfmBucketId, type RfmRules } from '../model/rfm-segments';
import { CustomerList } from './CustomerList';

const PAGE = 100;
/** Longer lists are for the explorer (filtered by segment) or the export. */
const MOST = 1000;

interface Props {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  view: RfmView | null;
  segment: RfmBucketId;
}

/**
 * The selected named segment's customers, biggest spenders first, paged from the worker. The App keys
 * it by segment, so choosing another segment starts again at the first page.
 */
export function SelectedRfmSegment({ engine, params, rules, view, segment }: Props) {
  const [rows, setRows] = useState<ExplorerRow[]>([]);
  const [limit, setLimit] = useState(PAGE);
  const info = rfmBucketInfo(segment);
  const total = view?.totals.find((row) => row.segment === segment)?.customers ?? 0;

  useEffect(() => {
    let live = true;
    const query = { segmentation: 'rfm' as const, segment, search: '', sort: 'monetary' as const, direction: 'desc' as const, limit, offset: 0, countAll: false };
    engine.customerPage(params, rules, query).then(
      (result) => live && setRows(result.rows),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [engine, params, rules, segment, limit]);

  return (
    <section className="card" data-testid="selected-segment" data-segment={segment} aria-labelledby="selected-title">
      <h2 id="selected-title">
        {info.label} <span className="muted">· {formatCount(total)} customers</span>
      </h2>
      <p className="muted">{info.description}. Click a tile or a segment row to see another segment.</p>
      <CustomerList rows={rows} caption={`${info.label} customers`} showTier={false} />
      {rows.length < total && limit < MOST && (
        <button type="button" className="button small" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, total - rows.length)} more of {formatCount(total - rows.length)}
        </button>
      )}
      {rows.length < total && limit >= MOST && (
        <p className="muted small">The first {formatCount(MOST)} are shown; the customer explorer below (filtered by this segment) and the export have them all.</p>
      )}
    </section>
  );
}
