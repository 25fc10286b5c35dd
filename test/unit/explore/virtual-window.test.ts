import { describe, expect, it } from 'vitest';
import { pagesFor, visibleRows } from '../../../src/ui/explore/virtual-window';

describe('virtual rows', () => {
  it('draws the rows on screen plus a margin, within the table', () => {
    // 32 px rows, a 480 px viewport: rows 0–14 are visible at the top.
    expect(visibleRows(0, 480, 32, 100_000, 8)).toEqual({ start: 0, end: 23 });
    // Scrolled to row 1000 (32,000 px): rows 1000–1015 visible, 992–1023 drawn.
    expect(visibleRows(32_000, 480, 32, 100_000, 8)).toEqual({ start: 992, end: 1023 });
    // Near the end the range stops at the last row.
    expect(visibleRows(32 * 99_990, 480, 32, 100_000, 8)).toEqual({ start: 99_982, end: 100_000 });
    expect(visibleRows(0, 480, 32, 0)).toEqual({ start: 0, end: 0 });
  });

  it('asks for the pages that hold those rows, each once', () => {
    expect(pagesFor({ start: 0, end: 23 }, 200)).toEqual([0]);
    expect(pagesFor({ start: 190, end: 215 }, 200)).toEqual([0, 1]);
    expect(pagesFor({ start: 200, end: 400 }, 200)).toEqual([1]);
    expect(pagesFor({ start: 5, end: 5 }, 200)).toEqual([]);
  });
});
