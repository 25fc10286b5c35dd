import { describe, expect, it } from 'vitest';
import { countDuplicateLines, countDuplicates, countDuplicatesAcrossFiles } from '../../../src/engine/load/duplicate-lines';
import { analyseOrders } from '../../../src/engine/load/load-orders';
import { inspectFixtures, loaded } from '../../support/load-fixture';
import { nativeConnector } from '../../support/native-duckdb';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** `count` different lines of a small shop in file `file`. */
function linesOf(file: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${file * 1000 + (index % 40)},SKU${index % 7},MUG,${1 + (index % 5)},2024-01-${10 + (index % 15)} 10:00,${(2 + (index % 9)).toFixed(2)},c${index % 23},UK`);
}

/** Lines equal to an earlier line, counted the plain way: each text seen before is a twin. */
function twinsIn(files: readonly string[][]): { lines: number; acrossFiles: number } {
  const firstFile = new Map<string, number>();
  let lines = 0;
  let acrossFiles = 0;
  files.forEach((rows, file) => {
    for (const row of rows) {
      const first = firstFile.get(row);
      if (first === undefined) firstFile.set(row, file);
      else {
        lines++;
        if (first < file) acrossFiles++;
      }
    }
  });
  return { lines, acrossFiles };
}

describe('duplicate lines counted in slices of their hash', () => {
  it('add up to the count over the whole table, within and across files, for any number of slices', async () => {
    const first = [...linesOf(1, 300), ...linesOf(1, 30).slice(10)];
    const second = [...linesOf(2, 200), ...first.slice(0, 55)];
    const db = await nativeConnector();
    const inspection = await inspectFixtures(db, [
      { name: 'one.csv', content: [HEADER, ...first].join('\n') },
      { name: 'two.csv', content: [HEADER, ...second].join('\n') },
    ]);
    const result = loaded(await analyseOrders(db, inspection, inspection.preview.detection.plan, () => {}, () => {}, '2026-03-01'));
    const expected = twinsIn([first, second]);
    expect(expected.acrossFiles).toBe(55);
    expect(expected.lines).toBeGreaterThan(expected.acrossFiles);
    expect(result.duplicates).toEqual({ count: null, dropped: false });
    expect(await countDuplicates(db)).toEqual(expected);
    for (const linesPerSlice of [1, 7, 100, 555, 10_000]) {
      expect(await countDuplicateLines(db, linesPerSlice)).toBe(expected.lines);
      expect(await countDuplicatesAcrossFiles(db, linesPerSlice)).toBe(expected.acrossFiles);
    }
  });
});
