import { describe, expect, it } from 'vitest';
import { dateSql, plausibleDateSql, writtenDateSql } from '../../../src/engine/load/sql/lines/date-parsing';
import { trimmedTextSql } from '../../../src/engine/load/sql/lines/trimmed-text';
import { dateShape, profileDates, type DateOrder } from '../../../src/model/load/formats/date-order';
import { analyseFixtures, loaded, rfmRows } from '../../support/load-fixture';
import { nativeConnector } from '../../support/native-duckdb';
import { paddedTexts } from '../../support/padded-cells';
import { SHOPIFY_HEADER } from '../../support/shop-exports';

// Every shape of date the sample check accepts, put together from its parts with the day and time it
// stands for: the engine's SQL must read each one to exactly that.
const DAYS: [text: string, order: DateOrder, day: string][] = [
  ['2024-03-25', 'ymd', '2024-03-25'],
  ['2024/3/25', 'ymd', '2024-03-25'],
  ['2024.03.05', 'ymd', '2024-03-05'],
  ['25/03/2024', 'dmy', '2024-03-25'],
  ['25.3.2024', 'dmy', '2024-03-25'],
  ['25-03-24', 'dmy', '2024-03-25'],
  ['3/25/2024', 'mdy', '2024-03-25'],
  ['03-25-24', 'mdy', '2024-03-25'],
];
const TIMES: [text: string, time: string][] = [
  ['', '00:00:00.000000'],
  [' 14:22', '14:22:00.000000'],
  ['T14:22', '14:22:00.000000'],
  [' 9:05', '09:05:00.000000'],
  [' 14:22:11', '14:22:11.000000'],
  ['T14:22:11', '14:22:11.000000'],
  [' 14:22:11.5', '14:22:11.500000'],
  ['T14:22:11.123', '14:22:11.123000'],
  [' 14:22:11.123456', '14:22:11.123456'],
  ['T14:22:11.1234567', '14:22:11.123456'],
  [' 14:22:11.123456789', '14:22:11.123456'],
  [' 2:22 PM', '14:22:00.000000'],
  [' 2:22PM', '14:22:00.000000'],
  [' 2:22 pm', '14:22:00.000000'],
  [' 12:05 AM', '00:05:00.000000'],
  [' 12:05 PM', '12:05:00.000000'],
  [' 2:22:11 PM', '14:22:11.000000'],
  [' 2:22:11am', '02:22:11.000000'],
  [' 2:22:11.25 PM', '14:22:11.250000'],
];
// An offset is dropped, never applied: the wall-clock time in the shop counts.
const OFFSETS = ['', 'Z', ' Z', '+0100', ' +0100', ' -0500', '+01:00', ' -05:30', '-05', ' UTC', ' gmt'];

interface Case {
  text: string;
  order: DateOrder;
  expected: string;
}

function cases(): Case[] {
  return DAYS.flatMap(([day, order, date]) =>
    TIMES.flatMap(([time, clock]) =>
      (time === '' ? [''] : OFFSETS).map((offset) => ({ text: `${day}${time}${offset}`, order, expected: `${date} ${clock}` })),
    ),
  );
}

describe('every date shape the sample check accepts', () => {
  it('reads in SQL to the same calendar day and time, with its own sample as the guide', async () => {
    const all = cases();
    expect(all.filter(({ text }) => dateShape(text) === null).map(({ text }) => text)).toEqual([]);
    const db = await nativeConnector();
    const groups = new Map<string, Case[]>();
    for (const item of all) {
      const spec = profileDates([item.text])!;
      const key = JSON.stringify([spec, item.order]);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const read: Record<string, string | null> = {};
    for (const [key, items] of groups) {
      const [spec, order] = JSON.parse(key) as [NonNullable<ReturnType<typeof profileDates>>, DateOrder];
      const parsed = plausibleDateSql(dateSql('text', spec, order));
      const rows = await db.query<{ text: string; value: string | null }>(
        `SELECT text, strftime(${parsed}, '%Y-%m-%d %H:%M:%S.%f') AS value FROM (VALUES ${items.map(() => '(?)').join(', ')}) AS dates(text)`,
        items.map(({ text }) => text),
      );
      for (const row of rows) read[row.text] = row.value;
    }
    expect(read).toEqual(Object.fromEntries(all.map(({ text, expected }) => [text, expected])));
    expect(all.length).toBeGreaterThan(1000);
  });

  it('reads every shape of its day/month order alike, whichever shape the sample made the likeliest (tried first)', async () => {
    const all = cases();
    const db = await nativeConnector();
    const specs = new Map(all.map(({ text, order }) => [JSON.stringify([profileDates([text]), order]), order]));
    let checked = 0;
    for (const [key, order] of specs) {
      const [spec] = JSON.parse(key) as [NonNullable<ReturnType<typeof profileDates>>];
      const items = all.filter((item) => item.order === order && dateShape(item.text)?.separator === spec.separator && (dateShape(item.text)?.twoDigitYear ?? false) === spec.twoDigitYear);
      const parsed = plausibleDateSql(dateSql('text', spec, order));
      const rows = await db.query<{ text: string; value: string | null }>(
        `SELECT text, strftime(${parsed}, '%Y-%m-%d %H:%M:%S.%f') AS value FROM (VALUES ${items.map(() => '(?)').join(', ')}) AS dates(text)`,
        items.map(({ text }) => text),
      );
      expect(Object.fromEntries(rows.map((row) => [row.text, row.value]))).toEqual(Object.fromEntries(items.map(({ text, expected }) => [text, expected])));
      checked += items.length;
    }
    expect(checked).toBeGreaterThan(all.length);
  });

  it('reads a shape the sample did not show, and an offset the sample did not have', async () => {
    const db = await nativeConnector();
    const spec = profileDates(['25/03/2024 14:22:11', '26/03/2024 09:00:00'])!;
    const values = ['27/03/2024 2:22PM', '28/03/2024T14:22', '29/03/2024 23:30:00 -0500', '30/03/2024'];
    const rows = await db.query<{ value: string | null }>(
      `SELECT strftime(${dateSql('text', spec, 'dmy')}, '%Y-%m-%d %H:%M') AS value FROM (VALUES (?), (?), (?), (?)) AS dates(text)`,
      values,
    );
    expect(rows.map((row) => row.value)).toEqual(['2024-03-27 14:22', '2024-03-28 14:22', '2024-03-29 23:30', '2024-03-30 00:00']);
  });
});

describe('a date cell as written', () => {
  it('reads to what the trimmed cell reads to, whatever spaces surround it, with its own sample as the guide', async () => {
    const db = await nativeConnector();
    // A space strptime skips, a tab (it skips, trim does not remove), spaces only trim removes, and a zero-width space neither does.
    const padding = [' ', '\t', '\u00a0', '\u2009', '\u3000', '\u200b'];
    const groups = new Map<string, string[]>();
    for (const { text, order } of cases()) {
      const key = JSON.stringify([profileDates([text])!, order]);
      groups.set(key, [...(groups.get(key) ?? []), ...paddedTexts([text], padding)]);
    }
    let read = 0;
    for (const [key, cells] of groups) {
      const [spec, order] = JSON.parse(key) as [NonNullable<ReturnType<typeof profileDates>>, DateOrder];
      const rows = await db.query<{ cell: string; written: string | null; trimmed: string | null }>(
        `SELECT cell, ${writtenDateSql('cell', spec, order)}::VARCHAR AS written, ${dateSql(trimmedTextSql('cell'), spec, order)}::VARCHAR AS trimmed
         FROM (VALUES ${cells.map(() => '(?)').join(', ')}) AS cells(cell)`,
        cells,
      );
      expect(rows.filter((row) => row.written !== row.trimmed)).toEqual([]);
      read += rows.filter((row) => row.written !== null).length;
    }
    // Every date reads with a space, a no-break, thin or ideographic space around it, which trim removes.
    expect(read).toBeGreaterThanOrEqual(cases().length * 4 * 4);
  });
});

describe('time-zone offsets', () => {
  // A UTC conversion would move #2001 (23:30 at -05:00) to 2 April and #2002 (00:15 at +02:00) to
  // 31 March, so the last purchase day, the recency and the date range below would all change.
  const text = `${SHOPIFY_HEADER}
#2001,eve@example.com,paid,,,USD,10.00,0.00,0.00,10.00,,2024-04-01 23:30:00 -0500,1,Mug,10.00,MUG-1,US,
#2002,eve@example.com,paid,,,USD,5.00,0.00,0.00,5.00,,2024-04-01 00:15:00 +0200,1,Cup,5.00,CUP-1,DE,
#2003,finn@example.com,paid,,,USD,7.00,0.00,0.00,7.00,,2024-03-31 12:00:00 +0000,1,Cup,7.00,CUP-1,DE,
`;

  it('keep each order on the shop’s own calendar day', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: text }]);
    const result = loaded(outcome);
    expect(result.firstDate).toBe('2024-03-31');
    expect(result.lastDate).toBe('2024-04-01');
    expect(result.defaultReferenceDate).toBe('2024-04-02');
    expect(await rfmRows(db, result)).toEqual({
      'eve@example.com': { recency: 1, frequency: 2, monetary: 15 },
      'finn@example.com': { recency: 2, frequency: 1, monetary: 7 },
    });
  });
});
