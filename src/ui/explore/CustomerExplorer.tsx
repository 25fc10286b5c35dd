import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { SegmentParams } from '../../protocol/segments';
import type { EngineClient } from '../../engine/client';
import type { CustomerQuery, CustomerSortKey, ExplorerRow, SortDirection } from '../../protocol/explore';
import { formatCount } from '../../model/shared/format';
import type { MoneyFormat } from '../../model/shared/money-format';
import { useMoney } from '../shared/currency-context';
import { RFM_BUCKETS, rfmBucketInfo, type RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import { TIERS, tierInfo } from '../../model/segments/tiers';
import { CustomerDetailCard } from './CustomerDetailCard';
import { pagesFor, visibleRows } from './virtual-window';

const ROW_HEIGHT = 34;
const VIEWPORT_HEIGHT = 476;
const PAGE_SIZE = 200;
const SEARCH_DELAY_MS = 200;
/** While the table scrolls, pages are asked for once it rests this long, not for every row flown past. */
const SCROLL_SETTLE_MS = 60;

interface Column {
  key: CustomerSortKey;
  title: string;
  /** The direction a first click sorts in. */
  first: SortDirection;
  cell(row: ExplorerRow, money: MoneyFormat): string;
}

const COLUMNS: readonly Column[] = [
  { key: 'customerId', title: 'Customer', first: 'asc', cell: (row) => row.customerId },
  { key: 'monetary', title: 'Spent', first: 'desc', cell: (row, money) => money.format(row.monetary) },
  { key: 'frequency', title: 'Orders', first: 'desc', cell: (row) => formatCount(row.frequency) },
  { key: 'recencyDays', title: 'Days since', first: 'asc', cell: (row) => formatCount(row.recencyDays) },
  { key: 'lastPurchaseDate', title: 'Last order', first: 'desc', cell: (row) => row.lastPurchaseDate },
  { key: 'rScore', title: 'R', first: 'desc', cell: (row) => String(row.rScore) },
  { key: 'fScore', title: 'F', first: 'desc', cell: (row) => String(row.fScore) },
  { key: 'mScore', title: 'M', first: 'desc', cell: (row) => String(row.mScore) },
  { key: 'segment', title: 'Tier', first: 'asc', cell: (row) => tierInfo(row.segment).label },
  { key: 'rfmSegment', title: 'RFM segment', first: 'asc', cell: (row) => rfmBucketInfo(row.rfmSegment).label },
];

interface Props {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  segmentation: Segmentation;
}

interface Loaded {
  key: string;
  total: number;
  pages: ReadonlyMap<number, ExplorerRow[]>;
}

/**
 * Every customer, sortable, searchable by id and filterable by segment. Only the rows on screen are
 * drawn, and rows come from the worker 200 at a time as the table scrolls, so 100,000 customers stay
 * smooth and never cross to the page all at once. A row opens that customer's purchases.
 */
export function CustomerExplorer({ engine, params, rules, segmentation }: Props) {
  const money = useMoney();
  const [search, setSearch] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const [filters, setFilters] = useState<Record<Segmentation, CustomerQuery['segment']>>({ tiers: null, rfm: null });
  const [sort, setSort] = useState<{ key: CustomerSortKey; direction: SortDirection }>({ key: 'monetary', direction: 'desc' });
  const [scrollTop, setScrollTop] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const latest = useRef<{ key: string; requested: Set<number> }>({ key: '', requested: new Set() });

  const segment = filters[segmentation];
  const query = { segmentation, segment, search: appliedSearch, sort: sort.key, direction: sort.direction, limit: PAGE_SIZE };
  const key = JSON.stringify({ params, rules, ...query });
  const current = loaded?.key === key ? loaded : null;
  // While a new question is answered, the previous answer stays on screen.
  const shown = current ?? loaded;
  const total = shown?.total ?? 0;
  const range = visibleRows(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, total);
  const needed = pagesFor(current ? range : visibleRows(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, 1), PAGE_SIZE).filter(
    (page) => !current?.pages.has(page),
  );
  const neededKey = needed.join(',');

  useEffect(() => {
    const timer = setTimeout(() => setAppliedSearch(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  // A new question starts at the top of the table.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [key]);

  const fetchPage = useEffectEvent((page: number) =>
    engine.customerPage(params, rules, { ...query, offset: page * PAGE_SIZE, countAll: page === 0 }),
  );

  const answered = current !== null;
  useEffect(() => {
    if (latest.current.key !== key) latest.current = { key, requested: new Set() };
    const asked = latest.current;
    const pages = (neededKey === '' ? [] : neededKey.split(',').map(Number)).filter((page) => !asked.requested.has(page));
    if (pages.length === 0) return;
    const timer = setTimeout(() => {
      for (const page of pages) {
        asked.requested.add(page);
        fetchPage(page).then(
          (result) => {
            if (latest.current !== asked) return; // the question changed meanwhile
            setFailure(null);
            setLoaded((previous) => {
              const same = previous?.key === key;
              const kept = new Map(same ? previous.pages : []);
              kept.set(page, result.rows);
              return { key, total: result.total ?? (same ? previous.total : 0), pages: kept };
            });
          },
          (error: unknown) => {
            asked.requested.delete(page);
            if (latest.current === asked) setFailure(error instanceof Error ? error.message : String(error));
          },
        );
      }
    }, answered ? SCROLL_SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [key, neededKey, answered]);

  const choices = segmentation === 'tiers' ? TIERS : RFM_BUCKETS;
  const rows: { index: number; row: ExplorerRow | undefined }[] = [];
  if (shown) for (let index = range.start; index < range.end; index++) rows.push({ index, row: shown.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] });

  const sortBy = (column: Column) =>
    setSort((previous) =>
      previous.key === column.key ? { key: column.key, direction: previous.direction === 'asc' ? 'desc' : 'asc' } : { key: column.key, direction: column.first },
    );

  return (
    <section className="card" data-testid="customer-explorer" data-state={current ? 'ready' : 'loading'} aria-labelledby="explorer-title">
      <div className="card-heading">
        <h2 id="explorer-title">Customer explorer</h2>
        <label className="inline-field">
          Search
          <input type="search" data-testid="explorer-search" placeholder="Customer id" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label className="inline-field">
          Segment
          <select
            data-testid="explorer-segment"
            value={segment ?? ''}
            onChange={(event) => setFilters({ ...filters, [segmentation]: (event.target.value || null) as CustomerQuery['segment'] })}
          >
            <option value="">all</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" data-testid="explorer-count" data-total={current ? total : undefined} aria-live="polite">
          {shown ? `${formatCount(total)} customers` : 'Loading…'}
        </span>
      </div>
      {failure && <p className="field-error">The customers could not be read: {failure}</p>}
      <div className="explorer" role="table" aria-label="Customers" aria-rowcount={total + 1} aria-busy={!current}>
        <div className="explorer-row explorer-header" role="row" aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button type="button" className="link" data-sort={column.key} onClick={() => sortBy(column)}>
                {column.title}
                {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </div>
          ))}
        </div>
        <div
          className="explorer-body"
          ref={scroller}
          role="rowgroup"
          style={{ height: VIEWPORT_HEIGHT }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <div style={{ height: total * ROW_HEIGHT, position: 'relative' }}>
            {rows.map(({ index, row }) => (
              <div
                key={index}
                className={`explorer-row${row && row.customerId === open ? ' open' : ''}`}
                role="row"
                aria-rowindex={index + 2}
                data-row-index={index}
                data-customer-id={row?.customerId}
                tabIndex={row ? 0 : -1}
                style={{ position: 'absolute', top: index * ROW_HEIGHT, height: ROW_HEIGHT, left: 0, right: 0 }}
                onClick={() => row && setOpen(row.customerId)}
                onKeyDown={(event) => row && (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), setOpen(row.customerId))}
              >
                {COLUMNS.map((column) => (
                  <div key={column.key} role="cell">
                    {row ? column.cell(row, money) : column.key === 'customerId' ? '…' : ''}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      </div>
      {current && total === 0 && <p className="muted">No customer matches.</p>}
      {open !== null && (
        <CustomerDetailCard key={open} engine={engine} params={params} rules={rules} customerId={open} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
