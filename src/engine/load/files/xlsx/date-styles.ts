import { attribute, type XmlHandler } from './xml-scanner';

/**
 * Which cell styles show a number as a date (`xl/styles.xml`). Excel keeps a date as a day count;
 * only the style's number format says it is one: a built-in date format, or a format code with
 * day, month, year, hour or second in it outside quoted text, escapes and [brackets].
 */
export class DateStyles implements XmlHandler {
  private readonly formatCodes = new Map<number, string>();
  private readonly styleFormats: number[] = [];
  private inCellFormats = false;

  open(name: string, tag: string): void {
    if (name === 'numFmt') this.formatCodes.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
    else if (name === 'cellXfs') this.inCellFormats = true;
    else if (name === 'xf' && this.inCellFormats) this.styleFormats.push(Number(attribute(tag, 'numFmtId') ?? 0));
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellFormats = false;
  }

  text(): void {}

  /** For each style index (a cell's `s`), whether it shows a date. */
  dateStyles(): boolean[] {
    return this.styleFormats.map((formatId) => isDateFormat(formatId, this.formatCodes.get(formatId)));
  }
}

/** Built-in formats: 14–22 dates and times, 45–47 times, 27–36 and 50–58 East Asian dates, 71–81 Thai dates and times. */
function isBuiltInDate(formatId: number): boolean {
  return (
    (formatId >= 14 && formatId <= 22) ||
    (formatId >= 27 && formatId <= 36) ||
    (formatId >= 45 && formatId <= 47) ||
    (formatId >= 50 && formatId <= 58) ||
    (formatId >= 71 && formatId <= 81)
  );
}

export function isDateFormat(formatId: number, code: string | undefined): boolean {
  if (code === undefined) return isBuiltInDate(formatId);
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, (bracket) => (/^\[(h+|m+|s+)\]$/i.test(bracket) ? 'h' : ''));
  return /[dmyhs]/i.test(bare);
}

const UNIX_EPOCH_SERIAL = 25_569;
/** The 1904 date system (old Mac workbooks) counts from 1904-01-01, 1,462 days later. */
const DATE_1904_OFFSET = 1_462;
const MS_PER_DAY = 86_400_000;

/** A day count as the wall-clock time it shows (as UTC, which is how rows-to-csv.ts writes dates). */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? DATE_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
