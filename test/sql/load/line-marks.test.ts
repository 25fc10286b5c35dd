import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { markLines } from '../../../src/engine/load/line-marks';
import { COUNT_REASONS, DUPLICATE_LINES, MARK_DUPLICATES, MARK_FUTURE_DATES } from '../../../src/engine/load/sql/clean';
import type { LoadPlan } from '../../../src/model/load/load-plan';
import { analyseFixtures, loaded } from '../../support/load-fixture';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
const TODAY = '2026-03-01';

/** Ten orders, two lines repeated exactly, one cancelled line, and, when asked, three orders dated after today. */
function shop({ future }: { future: boolean }): string {
  const lines = [HEADER];
  for (let index = 0; index < 10; index++) lines.push(`${1000 + index},A,MUG,1,2024-0${(index % 9) + 1}-10 10:00,5.00,c${(index % 4) + 1},UK`);
  lines.push(lines[1], lines[2], 'C1,A,MUG,-1,2024-05-01 10:00,5.00,c1,UK');
  if (future) for (let index = 0; index < 3; index++) lines.push(`${2000 + index},A,MUG,2,2031-0${index + 1}-05 10:00,5.00,c9,UK`);
  return lines.join('\n');
}

/** The columns marking may change, line by line, and the lines per reason. */
async function marked(db: Connector) {
  const lines = await db.query('SELECT source_file, source_row, reason, invoice_date_text FROM order_lines ORDER BY source_file, source_row');
  return { lines, reasons: await db.query(`${COUNT_REASONS} ORDER BY reason`) };
}

/** Records every statement run, so a test can see which rewrites ran. */
function recording(db: Connector): { db: Connector; statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    db: { ...db, query: (sql, params) => (statements.push(sql), db.query(sql, params)) },
  };
}

/** The user's choices in turn: each is marked both ways, from where the one before left the lines. */
const CHOICES: Pick<LoadPlan, 'dropDuplicates' | 'includeFutureDates'>[] = [
  { dropDuplicates: true, includeFutureDates: false },
  { dropDuplicates: true, includeFutureDates: true },
  { dropDuplicates: false, includeFutureDates: true },
  { dropDuplicates: false, includeFutureDates: false },
  { dropDuplicates: true, includeFutureDates: false },
  { dropDuplicates: false, includeFutureDates: false },
];

describe('marking future-dated and duplicate lines', () => {
  for (const future of [false, true]) {
    it(`leaves order_lines as both rewrites run every time would (${future ? 'with' : 'without'} lines dated after today)`, async () => {
      const fixture = [{ name: 'shop.csv', content: shop({ future }) }];
      const skipping = await analyseFixtures(fixture);
      const always = await analyseFixtures(fixture);
      const plan = loaded(skipping.outcome).plan;
      const [{ lines: duplicates }] = await skipping.db.query<{ lines: number }>(DUPLICATE_LINES);
      expect(duplicates).toBe(2);
      for (const choice of CHOICES) {
        await markLines(skipping.db, { ...plan, ...choice }, TODAY, duplicates);
        await always.db.query(MARK_FUTURE_DATES, [choice.includeFutureDates === true, TODAY]);
        await always.db.query(MARK_DUPLICATES, [choice.dropDuplicates]);
        expect({ choice, ...(await marked(skipping.db)) }).toEqual({ choice, ...(await marked(always.db)) });
      }
    });
  }

  it('rewrites order_lines only for lines dated after today, or duplicates to leave out or take back', async () => {
    const { db: plain, outcome } = await analyseFixtures([{ name: 'shop.csv', content: shop({ future: false }) }]);
    const plan = loaded(outcome).plan;
    const spy = recording(plain);
    const tally = await markLines(spy.db, { ...plan, dropDuplicates: false }, TODAY, 2);
    expect(spy.statements.filter((sql) => sql === MARK_FUTURE_DATES || sql === MARK_DUPLICATES)).toEqual([]);
    expect(tally.reasons).toEqual([
      { reason: 'cancelled', lines: 1 },
      { reason: 'kept', lines: 12 },
    ]);
    await markLines(spy.db, { ...plan, dropDuplicates: true }, TODAY, 2);
    expect(spy.statements.filter((sql) => sql === MARK_FUTURE_DATES || sql === MARK_DUPLICATES)).toEqual([MARK_DUPLICATES]);

    const { db: dated } = await analyseFixtures([{ name: 'dated.csv', content: shop({ future: true }) }]);
    const datedSpy = recording(dated);
    const datedTally = await markLines(datedSpy.db, { ...plan, dropDuplicates: false }, TODAY, 2);
    expect(datedSpy.statements.filter((sql) => sql === MARK_FUTURE_DATES || sql === MARK_DUPLICATES)).toEqual([MARK_FUTURE_DATES]);
    expect(datedTally.future).toEqual({ lines: 3, latest: '2031-03-05' });
  });
});
