import { InputError } from '../../../../protocol/errors';
import { columnIndex } from './sheet-rows';
import { entryText, type ZipEntry } from './zip-entries';

/**
 * What the engine can hold of one sheet. The sheet becomes a CSV that is whole in the worker's
 * memory before DuckDB reads it, and every declared column costs a separator on every row, so a
 * workbook beyond these is refused before its sheet is unpacked, rather than after minutes of
 * converting ending in an out-of-memory error. Excel's own largest sheet (1,048,576 rows of 8 order
 * columns, roughly 300–400 MB of XML) fits in both.
 */
export const MAX_SHEET_XML_BYTES = 1_000_000_000;
export const MAX_DECLARED_CELLS = 50_000_000;

/** Enough of the sheet's start to hold its `<dimension>` (it comes before `<sheetData>`). */
const HEAD_CHARACTERS = 64 * 1024;

export async function checkSheetSize(file: Blob, sheet: ZipEntry, fileName: string): Promise<void> {
  if (sheet.uncompressedSize > MAX_SHEET_XML_BYTES) {
    throw tooLarge(fileName, `its sheet unpacks to ${gigabytes(sheet.uncompressedSize)} of XML (the limit is ${gigabytes(MAX_SHEET_XML_BYTES)})`);
  }
  const dimension = declaredDimension(await sheetHead(file, sheet, fileName));
  if (dimension && dimension.cells > MAX_DECLARED_CELLS) {
    throw tooLarge(
      fileName,
      `its sheet declares ${dimension.ref}, ${dimension.cells.toLocaleString('en-US')} cells (the limit is ${MAX_DECLARED_CELLS.toLocaleString('en-US')})`,
    );
  }
}

/** A sheet's declared range (`A1:XFD1048576`) and how many cells it spans; null when it declares none. */
export function declaredDimension(head: string): { ref: string; cells: number } | null {
  const ref = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(head)?.[1];
  const corners = ref ? /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref) : null;
  if (!ref || !corners) return null;
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = corners;
  const columns = Math.abs(columnIndex(lastColumn.toUpperCase()) - columnIndex(firstColumn.toUpperCase())) + 1;
  const rows = Math.abs(Number(lastRow) - Number(firstRow)) + 1;
  return { ref, cells: columns * rows };
}

async function sheetHead(file: Blob, sheet: ZipEntry, fileName: string): Promise<string> {
  let head = '';
  for await (const text of entryText(file, sheet, fileName)) {
    head += text;
    if (head.length >= HEAD_CHARACTERS || /<(?:\w+:)?sheetData\b/.test(head)) break;
  }
  return head;
}

function tooLarge(fileName: string, why: string): InputError {
  return new InputError(
    `"${fileName}" is too large for this app to read as a workbook: ${why}. Export the orders as CSV instead (in Excel: File › Save As › CSV UTF-8) and drop that file; a CSV is read without being converted first.`,
  );
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
