import { describe, expect, it } from 'vitest';
import { numberSql, writtenNumberSql } from '../../../src/engine/load/sql/lines/number-parsing';
import { trimmedTextSql } from '../../../src/engine/load/sql/lines/trimmed-text';
import { parseNumber, separatorVote, type DecimalSeparator } from '../../../src/model/load/formats/number-format';
import { nativeConnector } from '../../support/native-duckdb';
import { PADDING, paddedTexts } from '../../support/padded-cells';

/**
 * One table of cells, read by the sample check (TypeScript) and by the engine (SQL) under both decimal
 * separators: both must give the value written here, or both refuse it (null).
 */
const CELLS: [text: string, point: number | null, comma: number | null][] = [
  ['12.50', 12.5, null],
  ['12,50', null, 12.5],
  ['12', 12, 12],
  ['1,250', 1250, 1.25],
  ['1.250', 1.25, 1250],
  ['1,234.56', 1234.56, null],
  ['1.234,56', null, 1234.56],
  ['1.234.567', null, 1234567],
  ['1,234,567', 1234567, null],
  ['1,2345', null, 1.2345],
  ['$1,234.56', 1234.56, null],
  ['US$ 10.00', 10, null],
  ['R$ 10,00', null, 10],
  ['kr 10,00', null, 10],
  ['kr. 10,00', null, 10],
  ['eur 5.00', 5, null],
  ['12.50 USD', 12.5, null],
  ['12,50 €', null, 12.5],
  ['€ 1.234,56', null, 1234.56],
  ['€12,50', null, 12.5],
  ['£7', 7, 7],
  ["CHF 1'234.50", 1234.5, null],
  ['Fr. 12.50', 12.5, null],
  ['1 234,56', null, 1234.56],
  ['1\u00a0234,56', null, 1234.56],
  ['1\u202f234,56 €', null, 1234.56],
  ['1 234.56', 1234.56, null],
  ['12,50zł', null, 12.5],
  ['¥1,000', 1000, 1],
  ['-3', -3, -3],
  ['-12.50', -12.5, null],
  ['(4.00)', -4, null],
  ['(€4.00)', -4, null],
  ['12.50-', -12.5, null],
  ['-€12,50', null, -12.5],
  ['€-12,50', null, -12.5],
  ['\u221212,50', null, -12.5],
  ['+5', 5, 5],
  ['0', 0, 0],
  ['-0', 0, 0],
  ['.5', 0.5, null],
  [',5', null, 0.5],
  ['007', 7, 7],
  ['', null, null],
  ['-', null, null],
  ['--5', -5, -5],
  ['1-2', null, null],
  ['1e3', null, null],
  ['1_000', null, null],
  ['12 50', null, null],
  ['12,5,0', null, null],
  ['1.2.3', null, null],
  ['n/a', null, null],
  ['twelve', null, null],
  ['EUR', null, null],
  ['gift', null, null],
  ['Deutschland', null, null],
];

async function readInSql(decimal: DecimalSeparator): Promise<(number | null)[]> {
  const db = await nativeConnector();
  const values = CELLS.map((_, index) => `(${index}, ?)`).join(', ');
  const rows = await db.query<{ value: number | null }>(
    `SELECT ${numberSql('text', decimal, 6)}::DOUBLE AS value FROM (VALUES ${values}) AS cells(position, text) ORDER BY position`,
    CELLS.map(([text]) => text),
  );
  return rows.map((row) => row.value);
}

describe('reading a number cell', () => {
  for (const [decimal, column] of [['.', 1], [',', 2]] as const) {
    it(`gives the same value in TypeScript and SQL under a decimal ${decimal === '.' ? 'point' : 'comma'}`, async () => {
      const expected = CELLS.map((cell) => cell[column]);
      expect(CELLS.map(([text]) => parseNumber(text, decimal))).toEqual(expected);
      expect(await readInSql(decimal)).toEqual(expected);
    });
  }

  it('votes for a separator only when the cell reads under that one alone', () => {
    const votes = Object.fromEntries(CELLS.map(([text, point, comma]) => [text, separatorVote(text) ?? (point === null && comma === null ? 'none' : 'both')]));
    expect(votes).toMatchObject({ '12.50': '.', '12,50': ',', '1,250': 'both', '12': 'both', '1.234.567': ',', "CHF 1'234.50": '.', gift: 'none' });
  });
});

describe('reading a number cell as written', () => {
  for (const decimal of ['.', ','] as const) {
    it(`gives what the trimmed cell gives, whatever spaces surround it, under a decimal ${decimal === '.' ? 'point' : 'comma'}`, async () => {
      const db = await nativeConnector();
      const cells = paddedTexts(CELLS.map(([text]) => text));
      const rows = await db.query<{ written: number | null; trimmed: number | null }>(
        `SELECT cell, ${writtenNumberSql('cell', decimal, 6)}::DOUBLE AS written, ${numberSql(trimmedTextSql('cell'), decimal, 6)}::DOUBLE AS trimmed
         FROM (VALUES ${cells.map(() => '(?)').join(', ')}) AS cells(cell)`,
        cells,
      );
      expect(rows.filter((row) => row.written !== row.trimmed)).toEqual([]);
      // Every readable cell reads with any space separator around it, the ones DuckDB's cast skips
      // (a space) and the ones it does not (a no-break space), which are trimmed first.
      const readable = CELLS.filter((cell) => cell[decimal === '.' ? 1 : 2] !== null).length;
      const separators = PADDING.filter((pad) => /^\p{Zs}$/u.test(pad)).length;
      expect(rows.filter((row) => row.written !== null).length).toBeGreaterThanOrEqual(readable * separators * 4);
      const [nbsp] = await db.query<{ value: number }>(`SELECT ${writtenNumberSql('cell', decimal, 6)}::DOUBLE AS value FROM (SELECT ?::VARCHAR AS cell)`, [`\u00a0${decimal === '.' ? '12.50' : '12,50'}\u3000`]);
      expect(nbsp.value).toBe(12.5);
    });
  }
});
