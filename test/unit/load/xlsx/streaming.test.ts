import { describe, expect, it } from 'vitest';
import { xlsxToCsv, type XlsxPhase } from '../../../../src/engine/load/files/read-xlsx';
import { cellText } from '../../../../src/engine/load/files/rows-to-csv';
import { ChunkedBlob } from '../../../support/chunked-blob';
import { excelSerial, plainString, workbookXlsx, xlsxFile, type XlsxCell } from '../../../support/xlsx-file';
import { readWithApp, readWithOracle } from '../../../support/xlsx-readers';
import type { Bytes } from '../../../support/zip-file';

/**
 * The reader on sheets large enough to come in many chunks: every row arrives whatever the chunk
 * boundaries, progress is reported in file bytes without flooding, and the CSV's width is taken
 * from the first rows.
 */
const ROWS = 20_000;
const NAMES = ['Ana', 'Zoë', 'Łukasz', '日本 Trading', 'Smith, J.', 'say "hi"', 'Café € Ltd'];
const FIRST_DAY = Date.UTC(2010, 11, 1, 8, 26);

/** Row `index` of the large sheet: shared string, number, date, decimal, inline string, boolean. */
function sourceRow(index: number): [string, number, Date, number, string, boolean] {
  const note = index % 3 === 0 ? `note ${index}, é € 日本\nsecond line` : `note ${index}`;
  return [NAMES[index % NAMES.length], 536_365 + index, new Date(FIRST_DAY + index * 3_600_000), Math.round(index * 37) / 100, note, index % 2 === 0];
}

function largeWorkbook(): Bytes {
  const rows = Array.from({ length: ROWS }, (_, index) => {
    const [name, invoice, date, amount, note, flag] = sourceRow(index);
    const r = index + 1;
    return (
      `<row r="${r}"><c r="A${r}" t="s"><v>${NAMES.indexOf(name)}</v></c><c r="B${r}"><v>${invoice}</v></c>` +
      `<c r="C${r}" s="1"><v>${excelSerial(date)}</v></c><c r="D${r}"><v>${amount}</v></c>` +
      `<c r="E${r}" t="inlineStr"><is>${plainString(note)}</is></c><c r="F${r}" t="b"><v>${flag ? 1 : 0}</v></c></row>`
    );
  });
  return workbookXlsx({ rows: rows.join(''), sharedStrings: NAMES.map(plainString) }, 'streamed');
}

describe('a 20,000-row sheet', () => {
  const workbook = largeWorkbook();
  const expected = Array.from({ length: ROWS }, (_, index) => sourceRow(index).map(cellText));

  it('reads every row from small chunks, which split tags, entities and characters', async () => {
    expect(await readWithApp(new ChunkedBlob([workbook], 1_009))).toEqual(expected);
  });

  it('reads as read-excel-file does (the rows it was written from)', async () => {
    expect(await readWithOracle(workbook)).toEqual(expected);
  });

  it('reports progress in file bytes: unpacking, then converting, never back, ending at the size', async () => {
    const file = new ChunkedBlob([workbook], 256);
    const reports: [XlsxPhase, number][] = [];
    await xlsxToCsv(file, (phase, bytes) => reports.push([phase, bytes]), 'orders.xlsx');
    expect(reports[0]).toEqual(['unpacking', 0]);
    expect(reports.at(-1)).toEqual(['converting', file.size]);
    const phases = reports.map(([phase]) => phase);
    expect(phases.lastIndexOf('unpacking')).toBeLessThan(phases.indexOf('converting'));
    for (let index = 1; index < reports.length; index++) expect(reports[index][1]).toBeGreaterThanOrEqual(reports[index - 1][1]);
    // At most one report per 0.5% of the file, though the file came in thousands of chunks.
    expect(file.counts.chunksRead).toBeGreaterThan(1_000);
    expect(reports.length).toBeLessThanOrEqual(200 + 4);
    const converting = reports.filter(([phase]) => phase === 'converting').map(([, bytes]) => bytes);
    for (let index = 1; index < converting.length - 1; index++) expect(converting[index] - converting[index - 1]).toBeGreaterThanOrEqual(file.size / 200);
  });
});

describe('the width of the CSV', () => {
  const narrowRows = (count: number): XlsxCell[][] => Array.from({ length: count }, (_, index) => [`row ${index}`, index]);

  it('is that of the widest of the first 1,000 rows with values', async () => {
    const workbook = xlsxFile([...narrowRows(999), ['wide', 1, 'third']]);
    const rows = await readWithApp(workbook);
    expect(rows.map((row) => row.length)).toEqual(Array(1_000).fill(3));
    expect(rows.at(-1)).toEqual(['wide', '1', 'third']);
    expect(rows).toEqual(await readWithOracle(workbook));
  });

  it('leaves out a later row’s cells beyond it; read-excel-file keeps them', async () => {
    const workbook = xlsxFile([...narrowRows(1_000), ['wide', 1, 'third']]);
    expect((await readWithApp(workbook)).at(-1)).toEqual(['wide', '1']);
    expect((await readWithOracle(workbook)).at(-1)).toEqual(['wide', '1', 'third']);
  });
});
