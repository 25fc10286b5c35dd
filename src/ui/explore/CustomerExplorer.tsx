import { useEffect, useRef, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { formatCountOf } from '../../model/shared/format';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import type { CustomerQuery } from '../../protocol/explore';
import type { SegmentParams } from '../../protocol/segments';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { CustomerDetailCard } from './CustomerDetailCard';
import { nextSort, type ExplorerSort } from './explorer-columns';
import { ExplorerTable, ROW_HEIGHT, VIEWPORT_HEIGHT } from './ExplorerTable';
import { PAGE_SIZE, rowAt, useExplorerPages } from './use-explorer-pages';
import { visibleRows } from './virtual-window';

const SEARCH_DELAY_MS = 200;

interface Props {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  segmentation: Segmentation;
  /** The segments of the segmentation shown, for the filter. */
  choices: readonly SegmentInfo[];
  /** Changes whenever the customers' clusters or predictions do (another k, another reference date, a new fit), so pages are asked for again. */
  clustersVersion: string;
}

/**
 * Every customer, sortable, searchable by id and filterable by segment. Only the rows on screen are
 * drawn, and rows come from the worker 200 at a time as the table scrolls, so 100,000 customers stay
 * smooth and never cross to the page all at once. A row opens that customer's purchases.
 */
export function CustomerExplorer({ engine, params, rules, segmentation, choices, clustersVersion }: Props) {
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Record<Segmentation, CustomerQuery['segment']>>({ tiers: null, rfm: null, clusters: null });
  const [sort, setSort] = useState<ExplorerSort>({ key: 'monetary', direction: 'desc' });
  const [scrollTop, setScrollTop] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const segment = filters[segmentation];
  const query = { segmentation, segment, search: useDebouncedValue(search.trim(), SEARCH_DELAY_MS), sort: sort.key, direction: sort.direction, limit: PAGE_SIZE };
  const onScreen = (total: number) => visibleRows(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, total);
  const { question, current, shown, failure } = useExplorerPages(engine, params, rules, query, onScreen, clustersVersion);
  const total = shown?.total ?? 0;
  const range = onScreen(total);
  const rows = shown ? Array.from({ length: range.end - range.start }, (_, offset) => ({ index: range.start + offset, row: rowAt(shown, range.start + offset) })) : [];

  // A new question starts at the top of the table. The clusters arriving in the background fill in a
  // column of the same question: the reader keeps their place. Setting scrollTop makes the browser lay
  // out the whole page at once, even when it is 0 already, and every tier change is a new question:
  // a table never scrolled is left alone.
  const scrolledTo = useRef(0);
  useEffect(() => {
    if (scroller.current && scrolledTo.current !== 0) scroller.current.scrollTop = 0;
  }, [question]);

  return (
    <section className="card" data-testid="customer-explorer" data-state={current ? 'ready' : 'loading'} aria-labelledby="explorer-title">
      <div className="card-heading">
        <h2 id="explorer-title">Customer explorer</h2>
        <label className="inline-field">
          Search
          <input type="search" data-testid="explorer-search" placeholder="Customer id" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <SegmentFilter choices={choices} value={segment} onChange={(next) => setFilters({ ...filters, [segmentation]: next })} />
        <span className="muted" data-testid="explorer-count" data-total={current ? total : undefined} aria-live="polite">
          {shown ? formatCountOf(total, 'customer') : 'Loading…'}
        </span>
      </div>
      {failure && <p className="field-error">The customers could not be read: {failure}</p>}
      <ExplorerTable
        total={total}
        rows={rows}
        busy={!current}
        sort={sort}
        onSort={(column) => setSort((previous) => nextSort(previous, column))}
        open={open}
        onOpen={setOpen}
        scroller={scroller}
        onScroll={(event) => {
          scrolledTo.current = event.currentTarget.scrollTop;
          setScrollTop(scrolledTo.current);
        }}
      />
      {current && total === 0 && <p className="muted">No customer matches.</p>}
      {open !== null && <CustomerDetailCard key={open} engine={engine} params={params} rules={rules} customerId={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

interface FilterProps {
  choices: readonly SegmentInfo[];
  value: CustomerQuery['segment'];
  onChange(segment: CustomerQuery['segment']): void;
}

function SegmentFilter({ choices, value, onChange }: FilterProps) {
  return (
    <label className="inline-field">
      Segment
      <select data-testid="explorer-segment" value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as CustomerQuery['segment'])}>
        <option value="">all</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
