import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { countDuplicates } from '../../../src/engine/load/duplicate-lines';
import { analyseOrders } from '../../../src/engine/load/load-orders';
import { DUPLICATES_ACROSS_FILES, MARK_DUPLICATES, MARK_FUTURE_DATES, UNREADABLE_EXAMPLES } from '../../../src/engine/load/sql/clean';
import { inspectFixtures, loaded, type Fixture } from '../../support/load-fixture';
import { nativeConnector } from '../../support/native-duckdb';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
const CLEAN = [HEADER, '1,A,MUG,1,2024-01-10 10:00,5.00,c1,UK', '2,A,MUG,2,2024-02-10 10:00,5.00,c2,UK'].join('\n');
const OTHER = [HEADER, '3,B,CUP,1,2024-03-10 10:00,4.00,c1,UK'].join('\n');
/** The statements a load may leave out when the tally shows they would find nothing. */
const SKIPPABLE = [UNREADABLE_EXAMPLES, DUPLICATES_ACROSS_FILES, MARK_FUTURE_DATES, MARK_DUPLICATES];

/**
 * Analyses the fixtures with the detected plan, counts the duplicates as the page then asks, and says
 * which of the skippable statements ran.
 */
async function analyseRecording(fixtures: readonly Fixture[]) {
  const db = await nativeConnector();
  const inspection = await inspectFixtures(db, fixtures);
  const ran: string[] = [];
  const recording: Connector = { ...db, query: (sql, params) => (ran.push(sql), db.query(sql, params)) };
  const result = loaded(await analyseOrders(recording, inspection, inspection.preview.detection.plan, () => {}, () => {}, '2026-03-01'));
  const duplicates = await countDuplicates(recording);
  return { result, duplicates, skippable: SKIPPABLE.filter((sql) => ran.includes(sql)) };
}

describe('the cleaning counts of a clean file', () => {
  it('ask nothing about unreadable lines, duplicates across files or future dates when there are none', async () => {
    const { result, duplicates, skippable } = await analyseRecording([
      { name: 'one.csv', content: CLEAN },
      { name: 'two.csv', content: OTHER },
    ]);
    expect(skippable).toEqual([]);
    expect(result.counts).toMatchObject({ rows: 3, kept: 3, unreadable: 0 });
    expect(result.unreadable).toEqual([]);
    expect(result.duplicates).toEqual({ count: null, dropped: false });
    expect(duplicates).toEqual({ lines: 0, acrossFiles: 0 });
  });

  it('still find the examples, the twins in other files and the future dates when there are some', async () => {
    const unreadable = `${CLEAN}\n4,A,MUG,lots,2024-01-11 10:00,5.00,c3,UK\n5,A,MUG,1,2031-01-01 10:00,5.00,c4,UK`;
    const { result, duplicates, skippable } = await analyseRecording([
      { name: 'one.csv', content: unreadable },
      { name: 'two.csv', content: `${OTHER}\n1,A,MUG,1,2024-01-10 10:00,5.00,c1,UK` },
    ]);
    expect(skippable).toEqual([UNREADABLE_EXAMPLES, DUPLICATES_ACROSS_FILES, MARK_FUTURE_DATES]);
    expect(result.unreadable).toMatchObject([{ field: 'quantity', lines: 1, example: 'lots' }]);
    expect(duplicates).toEqual({ lines: 1, acrossFiles: 1 });
    expect(result.futureDates).toMatchObject({ lines: 1, latest: '2031-01-01' });
  });
});
