import { excelDate } from './date-styles';
import { RichText, unescapeXlsx } from './shared-strings';
import { attribute, type XmlHandler } from './xml-scanner';

/**
 * A worksheet's rows (`<sheetData>`) as typed values, one row at a time as the XML streams past.
 * A cell is placed by its reference (`C12` → column 2), else after the previous cell; an empty
 * cell, one holding empty text (a formula giving "", say) or an error (`#N/A`) has no value, so it
 * cannot widen the sheet with a column that holds nothing.
 */
export type CellValue = string | number | boolean | Date;

export interface SheetContext {
  sharedStrings: readonly string[];
  /** For each style index, whether it shows numbers as dates (date-styles.ts). */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Excel's last column, XFD; anything further is not a spreadsheet cell. */
const MAX_COLUMNS = 16_384;

export class SheetRows implements XmlHandler {
  private cells: CellValue[] = [];
  private nextColumn = 0;
  private column = 0;
  private type = 'n';
  private style = 0;
  /** The `<v>` text; null when the cell has none. */
  private value: string | null = null;
  private inValue = false;
  private inInline = false;
  private hasInline = false;
  private readonly inline = new RichText();

  constructor(
    private readonly context: SheetContext,
    private readonly onRow: (cells: CellValue[]) => void,
  ) {}

  open(name: string, tag: string): void {
    if (name === 'c') {
      const reference = attribute(tag, 'r');
      this.column = reference ? columnIndex(reference) : this.nextColumn;
      this.type = attribute(tag, 't') ?? 'n';
      this.style = Number(attribute(tag, 's') ?? 0);
      this.value = null;
      this.hasInline = false;
    } else if (name === 'v') {
      this.inValue = true;
      this.value = '';
    } else if (name === 'is') {
      this.inInline = true;
      this.hasInline = true;
      this.inline.start();
    } else if (name === 'row') {
      this.cells = [];
      this.nextColumn = 0;
    } else if (this.inInline) this.inline.open(name);
  }

  close(name: string): void {
    if (name === 'c') {
      const value = this.cellValue();
      if (value !== null && value !== '' && this.column < MAX_COLUMNS) this.cells[this.column] = value;
      this.nextColumn = this.column + 1;
    } else if (name === 'v') this.inValue = false;
    else if (name === 'is') this.inInline = false;
    else if (name === 'row') this.onRow(this.cells);
    else if (this.inInline) this.inline.close(name);
  }

  text(text: string): void {
    if (this.inValue) this.value += text;
    else if (this.inInline) this.inline.add(text);
  }

  private cellValue(): CellValue | null {
    const { value } = this;
    if (this.type === 'inlineStr') return this.hasInline ? this.inline.value() : value;
    if (value === null || this.type === 'e') return null;
    switch (this.type) {
      case 's':
        return this.context.sharedStrings[Number(value)] ?? null;
      case 'str':
        return unescapeXlsx(value);
      case 'b':
        return value === '1' || value === 'true';
      case 'd':
        return isoDate(value);
      default: {
        if (value.trim() === '') return null;
        const number = Number(value);
        if (!Number.isFinite(number)) return value;
        return this.context.dateStyles[this.style] ? excelDate(number, this.context.date1904) : number;
      }
    }
  }
}

/** The zero-based column of a cell reference: A1 → 0, AB7 → 27. */
export function columnIndex(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** A `t="d"` cell: ISO 8601; without a zone it is the wall-clock time shown, kept as UTC. */
function isoDate(text: string): Date | string {
  const zoned = /T.*([zZ]|[+-]\d\d:?\d\d)$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? text : date;
}
