/**
 * Rows of typed cells (from an Excel sheet or a Parquet file) as UTF-8 CSV bytes, which DuckDB then
 * reads like any CSV export. Dates become `YYYY-MM-DD HH:MM:SS`, the wall-clock time the file
 * shows (rounded to the second: Excel keeps a date as a day count in a float); numbers their
 * shortest exact decimal (`2.55`, not `2.5499999999999998`); rows with no value are left out.
 */
export class CsvBuilder {
  private readonly encoder = new TextEncoder();
  private readonly parts: Uint8Array[] = [];
  private text = '';
  rows = 0;

  constructor(private readonly width: number) {}

  addRow(cells: readonly unknown[]): void {
    const texts = Array.from({ length: this.width }, (_, column) => cellText(cells[column]));
    if (texts.every((text) => text === '')) return;
    this.text += `${texts.map(quoted).join(',')}\r\n`;
    this.rows += 1;
    if (this.text.length > 1 << 20) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    const total = this.parts.reduce((sum, part) => sum + part.length, 0);
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const part of this.parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return bytes;
  }

  private flush() {
    if (this.text) this.parts.push(this.encoder.encode(this.text));
    this.text = '';
  }
}

export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? '' : new Date(Math.round(cell.getTime() / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'bigint') return cell.toString();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'object') return JSON.stringify(cell, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  return String(cell);
}

/** RFC 4180 quoting only; unlike exports, cells are not neutralised against formulas (this is input). */
function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
