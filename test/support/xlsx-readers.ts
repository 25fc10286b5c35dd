import { readSheet } from 'read-excel-file/universal';
import { xlsxToCsv } from '../../src/engine/load/files/read-xlsx';
import { cellText } from '../../src/engine/load/files/rows-to-csv';
import { parseRecords } from '../../src/model/load/formats/csv-dialect';
import type { Bytes } from './zip-file';

/**
 * A workbook's first sheet as rows of text, read two ways to compare cell by cell: by the app
 * (xlsxToCsv, its CSV parsed back) and by read-excel-file, an independent reader.
 */
export async function readWithApp(workbook: Blob | Bytes): Promise<string[][]> {
  const file = workbook instanceof Blob ? workbook : new Blob([workbook]);
  const csv = new TextDecoder().decode(await xlsxToCsv(file, undefined, 'test.xlsx'));
  return parseRecords(csv, ',', Infinity, true);
}

/**
 * read-excel-file's rows (strings kept untrimmed), normalised as the app's CSV is written:
 * each value as rows-to-csv.ts writes it (a date as its UTC wall-clock time to the second, a
 * number as String(), a boolean as TRUE/FALSE, an empty cell as ''), and rows with no value left
 * out (read-excel-file keeps empty rows in their place, an empty array each; the CSV has none).
 */
export async function readWithOracle(workbook: Bytes): Promise<string[][]> {
  const rows = await readSheet(new Blob([workbook]), { trim: false });
  return rows.map((row) => row.map(cellText)).filter((row) => row.some((text) => text !== ''));
}
