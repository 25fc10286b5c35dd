import type { Ref, UIEvent } from 'react';
import type { ExplorerRow } from '../../protocol/explore';
import { useMoney } from '../shared/currency-context';
import { EXPLORER_COLUMNS, type ExplorerColumn, type ExplorerSort } from './explorer-columns';

export const ROW_HEIGHT = 34;
export const VIEWPORT_HEIGHT = 476;

interface Props {
  total: number;
  /** The rows drawn: those on screen and a margin; a row whose page has not arrived is undefined. */
  rows: readonly { index: number; row: ExplorerRow | undefined }[];
  busy: boolean;
  sort: ExplorerSort;
  onSort(column: ExplorerColumn): void;
  open: string | null;
  onOpen(customerId: string): void;
  scroller: Ref<HTMLDivElement>;
  onScroll(event: UIEvent<HTMLDivElement>): void;
}

/** The explorer's table: a sortable header and a body that draws only the rows on screen. */
export function ExplorerTable({ total, rows, busy, sort, onSort, open, onOpen, scroller, onScroll }: Props) {
  return (
    // On a narrow screen the columns keep their width and the table scrolls sideways, by keyboard too.
    <div className="explorer-scroll" role="region" aria-label="Customers table" tabIndex={0}>
      <div className="explorer" role="table" aria-label="Customers" aria-rowcount={total + 1} aria-busy={busy}>
        <div className="explorer-row explorer-header" role="row" aria-rowindex={1}>
          {EXPLORER_COLUMNS.map((column) => (
            <div key={column.key} role="columnheader" aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" className="link" data-sort={column.key} onClick={() => onSort(column)}>
                {column.title}
                {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </div>
          ))}
        </div>
        <div className="explorer-body" ref={scroller} role="rowgroup" style={{ height: VIEWPORT_HEIGHT }} onScroll={onScroll}>
          <div style={{ height: total * ROW_HEIGHT, position: 'relative' }}>
            {rows.map(({ index, row }) => (
              <ExplorerTableRow key={index} index={index} row={row} open={row !== undefined && row.customerId === open} onOpen={onOpen} />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  index: number;
  row: ExplorerRow | undefined;
  open: boolean;
  onOpen(customerId: string): void;
}

function ExplorerTableRow({ index, row, open, onOpen }: RowProps) {
  const money = useMoney();
  return (
    <div
      className={`explorer-row${open ? ' open' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      data-row-index={index}
      data-customer-id={row?.customerId}
      tabIndex={row ? 0 : -1}
      style={{ position: 'absolute', top: index * ROW_HEIGHT, height: ROW_HEIGHT, left: 0, right: 0 }}
      onClick={() => row && onOpen(row.customerId)}
      onKeyDown={(event) => {
        if (!row || (event.key !== 'Enter' && event.key !== ' ')) return;
        event.preventDefault();
        onOpen(row.customerId);
      }}
    >
      {EXPLORER_COLUMNS.map((column) => (
        <div key={column.key} role="cell">
          {row ? column.cell(row, money) : column.key === 'customerId' ? '…' : ''}
        </div>
      ))}
    </div>
  );
}
