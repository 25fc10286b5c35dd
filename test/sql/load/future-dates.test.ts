import { describe, expect, it } from 'vitest';
import { LoadSession } from '../../../src/engine/load/load-session';
import { FIXTURE_FILES, loaded, rfmRows } from '../../support/load-fixture';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
/** The day the analysis runs, as the page would send it from the user's clock. */
const TODAY = '2026-03-01';

/** 30 orders in 2024 (customer c1…c10, three each) and 10 dated 2031 (customer f1…f10), one line each. */
function shopWithFutureOrders(extra: readonly string[] = []): string {
  const lines = [HEADER];
  for (let index = 0; index < 30; index++) {
    const month = String((index % 12) + 1).padStart(2, '0');
    lines.push(`${1000 + index},A,MUG,1,2024-${month}-10 10:00,5.00,c${(index % 10) + 1},UK`);
  }
  for (let index = 0; index < 10; index++) lines.push(`${2000 + index},A,MUG,1,2031-12-${String(index + 1).padStart(2, '0')} 10:00,5.00,f${index + 1},UK`);
  return [...lines, ...extra].join('\n');
}

async function session(name: string, text: string) {
  const db = await nativeConnector();
  const loads = new LoadSession({ connector: db, registry: FIXTURE_FILES, drop: async () => {}, onQueryProgress: () => {} });
  const preview = await loads.inspect([{ fileName: name, path: writeFixture(name, text), blob: new Blob([text]) }], {}, () => {});
  return { db, loads, plan: preview.detection.plan };
}

describe('lines dated after the day of the analysis', () => {
  it('are left out as future_date, and the reference date comes from the lines kept', async () => {
    const { loads, plan } = await session('future.csv', shopWithFutureOrders());
    const result = loaded(await loads.analyse(plan, () => {}, () => {}, TODAY));
    expect(result.counts).toMatchObject({ rows: 40, future_date: 10, kept: 30 });
    expect(result.futureDates).toEqual({ lines: 10, latest: '2031-12-10', today: TODAY, included: false });
    expect(result.lastDate).toBe('2024-12-10');
    expect(result.defaultReferenceDate).toBe('2024-12-11');
    expect(result.customers).toBe(10);
    // The download of the lines left out names the reason and keeps the date as read.
    const csv = await (await loads.rejectedLinesCsv()).text();
    expect(csv.split('\r\n').filter((line) => line.includes('future_date'))).toHaveLength(10);
    expect(csv).toMatch(/,future_date,Dated after today,dated after the day of the analysis,2000,f1,2031-12-01 10:00:00,/);
  });

  it('are taken back when the user includes them, without reading the file again', async () => {
    const { db, loads, plan } = await session('future.csv', shopWithFutureOrders());
    await loads.analyse(plan, () => {}, () => {}, TODAY);
    const included = loaded(await loads.analyse({ ...plan, includeFutureDates: true }, () => {}, () => {}, TODAY));
    expect(included.counts.future_date).toBeUndefined();
    expect(included.counts).toMatchObject({ rows: 40, kept: 40 });
    expect(included.futureDates).toEqual({ lines: 10, latest: '2031-12-10', today: TODAY, included: true });
    expect(included.defaultReferenceDate).toBe('2031-12-11');
    expect((await rfmRows(db, included)).c1).toEqual({ recency: 2587, frequency: 3, monetary: 15 });
    const again = loaded(await loads.analyse(plan, () => {}, () => {}, TODAY));
    expect(again.counts).toMatchObject({ future_date: 10, kept: 30 });
  });

  it('count from the day after today: a line dated today is kept', async () => {
    const { loads, plan } = await session('today.csv', [HEADER, '1,A,MUG,1,2026-03-01 23:59,5.00,c1,UK', '2,A,MUG,1,2026-03-02 00:00,5.00,c2,UK'].join('\n'));
    const result = loaded(await loads.analyse(plan, () => {}, () => {}, TODAY));
    expect(result.counts).toMatchObject({ rows: 2, future_date: 1, kept: 1 });
  });

  it('leave nothing to analyse when every line has them, and say what to check', async () => {
    const { loads, plan } = await session('all-future.csv', [HEADER, '1,A,MUG,1,2031-01-01 10:00,5.00,c1,UK'].join('\n'));
    await expect(loads.analyse(plan, () => {}, () => {}, TODAY)).rejects.toThrow(/1 were dated after today\. Check the dates in the file and this computer's date/);
  });
});

describe('dates far outside the rest of the file', () => {
  it('are flagged with examples and kept', async () => {
    const odd = ['3000,A,MUG,1,1900-01-01 10:00,5.00,c1,UK', '3001,A,MUG,1,2019-05-05 10:00,5.00,c2,UK', '3002,A,MUG,1,2022-06-01 10:00,5.00,c3,UK'];
    const { loads, plan } = await session('odd.csv', shopWithFutureOrders(odd));
    const result = loaded(await loads.analyse(plan, () => {}, () => {}, TODAY));
    // Kept days: quartiles 2024-03-10 and 2024-09-10 (184 days apart), so the bounds are 917 days
    // beyond them: 2021-09-05 and 2027-03-15. 1900 is before 1990 too; 2022-06-01 is within.
    expect(result.dateOutliers).toEqual({ lines: 2, examples: ['1900-01-01', '2019-05-05'] });
    expect(result.counts).toMatchObject({ rows: 43, future_date: 10, kept: 33 });
    expect(result.firstDate).toBe('1900-01-01');
  });

  it('are not flagged in a file whose dates hang together', async () => {
    const { loads, plan } = await session('plain.csv', shopWithFutureOrders());
    expect(loaded(await loads.analyse(plan, () => {}, () => {}, TODAY)).dateOutliers).toEqual({ lines: 0, examples: [] });
  });
});
