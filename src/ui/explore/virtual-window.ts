/**
 * Windowing for long tables: which rows are on screen (plus a margin), and which pages of rows the
 * worker must send for them. Pure, so it is tested without a browser.
 */
export interface RowRange {
  /** First row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
}

export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 8): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.min(total, Math.max(0, first - overscan)), end: Math.min(total, last + overscan) };
}

/** The page numbers (of `pageSize` rows each) that hold the rows of a range. */
export function pagesFor({ start, end }: RowRange, pageSize: number): number[] {
  if (end <= start) return [];
  const pages: number[] = [];
  for (let page = Math.floor(start / pageSize); page <= Math.floor((end - 1) / pageSize); page++) pages.push(page);
  return pages;
}
