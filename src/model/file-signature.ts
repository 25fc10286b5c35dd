/**
 * Recognises files that are certainly not CSV text from their first bytes, so the user hears
 * "this is a PNG image" instead of a parser error.
 */
const SIGNATURES: { bytes: number[]; kind: string; advice: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'an Excel workbook or another ZIP archive', advice: 'Open it in your spreadsheet and save it as CSV (comma-separated, UTF-8)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Excel (.xls) workbook', advice: 'Open it in your spreadsheet and save it as CSV (comma-separated, UTF-8)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document', advice: 'Export your orders from your shop as CSV' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive', advice: 'Unpack it and drop the CSV inside' },
];

export function checkFileSignature(fileName: string, size: number, head: Uint8Array): string | null {
  if (size === 0) return `"${fileName}" is empty (0 bytes). Export the orders again and drop the new file.`;
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  if (match) return `"${fileName}" is ${match.kind}, not a CSV text file. ${match.advice}, then drop that file here.`;
  if (head.includes(0)) {
    return `"${fileName}" contains binary data, so it is not a CSV text file. Export your orders as CSV (comma-separated, UTF-8) and drop that file here.`;
  }
  return null;
}
