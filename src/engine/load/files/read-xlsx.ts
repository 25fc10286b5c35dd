import { CsvBuilder } from './rows-to-csv';
import type { CellValue } from './xlsx/sheet-rows';
import { SheetRows } from './xlsx/sheet-rows';
import { readWorkbookParts, scanEntry } from './xlsx/workbook-parts';
import { zipEntries } from './xlsx/zip-entries';

/**
 * An Excel workbook's first sheet as CSV bytes (see rows-to-csv.ts). DuckDB-WASM has no Excel
 * reader (and may fetch no extension), so the sheet is read here, in the worker, as a stream: the
 * zip entry is inflated and its XML scanned chunk by chunk, each row written as CSV as it comes.
 * Only the CSV and the shared strings are ever whole in memory; a library that parses the whole
 * sheet first needed ~1 GB and 10–30 s for the 541,909-row Online Retail workbook, silent all along,
 * and could overflow the stack.
 *
 * Progress is in bytes of the workbook file: `unpacking` while the small parts (shared strings,
 * styles) are read, `converting` while the sheet's compressed bytes go by.
 */
export type XlsxPhase = 'unpacking' | 'converting';

/** Rows looked at before the CSV's width is fixed; a later row's cells beyond it have no header and are left out. */
const WIDTH_SAMPLE_ROWS = 1_000;

export async function xlsxToCsv(
  workbook: Blob,
  onProgress: (phase: XlsxPhase, bytesRead: number) => void = () => {},
  fileName = 'The workbook',
): Promise<Uint8Array> {
  onProgress('unpacking', 0);
  const entries = await zipEntries(workbook, fileName);
  const parts = await readWorkbookParts(workbook, entries, fileName, throttled(workbook.size, (bytes) => onProgress('unpacking', bytes)));
  const csv = new SheetCsv();
  const onSheetBytes = throttled(workbook.size, (bytes) => onProgress('converting', parts.bytesRead + bytes));
  onSheetBytes(0);
  await scanEntry(workbook, parts.sheet, fileName, new SheetRows(parts, (cells) => csv.addRow(cells)), onSheetBytes);
  onProgress('converting', workbook.size);
  return csv.bytes();
}

/** Rows to CSV, with the width taken from the widest of the first rows that hold anything. */
class SheetCsv {
  private sample: CellValue[][] | null = [];
  private builder: CsvBuilder | null = null;

  addRow(cells: CellValue[]): void {
    if (this.builder) this.builder.addRow(cells);
    else if (cells.length > 0) {
      this.sample!.push(cells);
      if (this.sample!.length === WIDTH_SAMPLE_ROWS) this.fixWidth();
    }
  }

  bytes(): Uint8Array {
    return (this.builder ?? this.fixWidth()).bytes();
  }

  private fixWidth(): CsvBuilder {
    const rows = this.sample ?? [];
    const builder = new CsvBuilder(rows.reduce((widest, row) => Math.max(widest, row.length), 0));
    for (const row of rows) builder.addRow(row);
    this.sample = null;
    this.builder = builder;
    return builder;
  }
}

/** Passes on at most one report per 0.5% of `total`, so a stream of small chunks does not flood the UI. */
function throttled(total: number, report: (bytes: number) => void): (bytes: number) => void {
  const step = Math.max(1, total / 200);
  let last = -Infinity;
  return (bytes) => {
    if (bytes - last < step) return;
    last = bytes;
    report(bytes);
  };
}
