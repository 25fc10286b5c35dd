import { formatCount } from '../../model/shared/format';
import type { MoneyFormat } from '../../model/shared/money-format';
import { rfmBucketInfo } from '../../model/segments/rfm-segments';
import { tierInfo } from '../../model/segments/tiers';
import type { CustomerSortKey, ExplorerRow, SortDirection } from '../../protocol/explore';

export interface ExplorerColumn {
  key: CustomerSortKey;
  title: string;
  /** The direction a first click sorts in. */
  first: SortDirection;
  cell(row: ExplorerRow, money: MoneyFormat): string;
}

export const EXPLORER_COLUMNS: readonly ExplorerColumn[] = [
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
  { key: 'cluster', title: 'Cluster', first: 'asc', cell: (row) => (row.cluster === null ? '–' : String(row.cluster)) },
  { key: 'nextOrderDate', title: 'Next order', first: 'asc', cell: (row) => (row.nextOrderDate ?? (row.pAlive === null ? '–' : 'unlikely')) },
  { key: 'expectedOrderValue', title: 'Order value', first: 'desc', cell: (row, money) => (row.expectedOrderValue === null ? '–' : money.format(row.expectedOrderValue)) },
];

export interface ExplorerSort {
  key: CustomerSortKey;
  direction: SortDirection;
}

/** A click on a column: the other direction on the same column, or the column's first direction. */
export function nextSort(previous: ExplorerSort, column: ExplorerColumn): ExplorerSort {
  if (previous.key !== column.key) return { key: column.key, direction: column.first };
  return { key: column.key, direction: previous.direction === 'asc' ? 'desc' : 'asc' };
}
