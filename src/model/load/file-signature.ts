/**
 * What kind of file this is, from its first bytes: a CSV (or other delimited text), an Excel
 * workbook, a Parquet file, or something that certainly is none of them, so the user hears "this is
 * a PNG image" instead of a parser error.
 */
export type FileKind = 'csv' | 'xlsx' | 'parquet';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PARQUET = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

const SIGNATURES: { bytes: number[]; kind: string; advice: string }[] = [
  { bytes: ZIP, kind: 'a ZIP archive', advice: 'Unpack it and drop the CSV or Excel file inside' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Excel (.xls) workbook', advice: 'Open it in your spreadsheet and save it as .xlsx or as CSV (UTF-8)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive', advice: 'Unpack it and drop the CSV inside' },
];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => head[index] === byte);
}

/** The kind of a readable file, or a message saying why it is not one. */
export function fileKind(fileName: string, size: number, head: Uint8Array): FileKind | { problem: string } {
  if (size === 0) return { problem: `"${fileName}" is empty (0 bytes). Export the orders again and drop the new file.` };
  if (startsWith(head, ZIP) && /\.xls[xm]$/i.test(fileName)) return 'xlsx';
  if (startsWith(head, PARQUET)) return 'parquet';
  const match = SIGNATURES.find(({ bytes }) => startsWith(head, bytes));
  if (match) return { problem: `"${fileName}" is ${match.kind}, not a CSV text file. ${match.advice}, then drop that file here.` };
  if (/\.xls[xm]$/i.test(fileName)) {
    return {
      problem: `"${fileName}" is named like an Excel workbook but is not one (a workbook is a zip archive inside). Open it in Excel and save it again as .xlsx, or export the orders as CSV.`,
    };
  }
  if (head.includes(0) || controlCharacters(head) > head.length / 100) {
    return {
      problem: `"${fileName}" contains binary data, so it is not a CSV text file. Export your orders as CSV (comma-separated, UTF-8) and drop that file here.`,
    };
  }
  return 'csv';
}

/** Bytes below 0x20 that no text has (tab, line feed, form feed and carriage return are text). */
function controlCharacters(head: Uint8Array): number {
  return head.reduce((count, byte) => count + (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte) ? 1 : 0), 0);
}

/** The older question: null for a file worth reading, otherwise why not. */
export function checkFileSignature(fileName: string, size: number, head: Uint8Array): string | null {
  const kind = fileKind(fileName, size, head);
  return typeof kind === 'string' ? null : kind.problem;
}
