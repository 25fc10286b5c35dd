import { readSheet } from 'read-excel-file/universal';
import { CsvBuilder } from './rows-to-csv';

/**
 * An Excel workbook's first sheet as CSV bytes (see rows-to-csv.ts). DuckDB-WASM has no Excel
 * reader (and may fetch no extension), so read-excel-file unpacks and parses the sheet here, in the
 * worker; the whole sheet is in memory while it is converted.
 */
export interface TableProgress {
  rowsDone: number;
  rowsTotal: number;
}

export async function xlsxToCsv(workbook: Blob, onProgress: (progress: TableProgress) => void = () => {}): Promise<Uint8Array> {
  const rows = await readSheet(workbook, { trim: false });
  const csv = new CsvBuilder(rows.reduce((max, row) => Math.max(max, row.length), 0));
  rows.forEach((row, index) => {
    csv.addRow(row);
    if (index % 50_000 === 0) onProgress({ rowsDone: index, rowsTotal: rows.length });
  });
  onProgress({ rowsDone: rows.length, rowsTotal: rows.length });
  return csv.bytes();
}
