/**
 * Writes benchmark Excel workbooks (Online Retail layout, one sheet) to `.bench/`, the same order
 * lines as the CSV file of that size and seed (generate-orders.ts), stored the way Excel stores
 * them: text in shared strings, numeric codes and amounts as numbers, InvoiceDate as a day count
 * with a date format, shared strings after the sheet in the zip. The real Online Retail workbook
 * is 23 MB with 541,909 rows.
 *
 *   npx tsx scripts/generate-xlsx.ts              # 541,909 rows
 *   npx tsx scripts/generate-xlsx.ts 100000 2e6   # just these sizes
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { parseRecords } from '../src/model/load/formats/csv-dialect';
import { sampleOrderLines } from '../src/model/sample-data/sample-orders';
import { CONTENT_TYPES, MAIN, ROOT_RELS, STYLES, WORKBOOK, WORKBOOK_RELS, escapeXml, excelSerial } from '../test/support/xlsx-file';
import { BENCH_DIR, BENCH_SEED, customersFor, ensureBenchFile, parseLineCount } from './generate-orders';

/** How each Online Retail column is stored; a value that does not fit is stored as text, as Excel would. */
type ColumnKind = 'code' | 'text' | 'number' | 'date';
const COLUMN_KINDS: readonly ColumnKind[] = ['code', 'code', 'text', 'number', 'date', 'number', 'number', 'text'];
const COLUMN_LETTERS = 'ABCDEFGH';
/** Style 1 of STYLES is a date-time format. */
const DATE_STYLE = 1;
const ROWS_PER_CHUNK = 8192;
const DEFLATE_LEVEL = 6;

export function workbookFilePath(lines: number, seed = BENCH_SEED): string {
  return join(BENCH_DIR, `orders-${lines}-lines-seed-${seed}.xlsx`);
}

/** The path of the workbook for `lines`, writing it first unless it is already there. */
export function ensureWorkbookFile(lines: number, seed = BENCH_SEED, log: (text: string) => void = console.log): Promise<string> {
  return ensureBenchFile(workbookFilePath(lines, seed), `${lines} rows`, log, (partialPath) =>
    writeWorkbook(partialPath, sampleOrderLines({ seed, lines, customers: customersFor(lines) }), lines + 1),
  );
}

/** Streams the CSV lines (header first) into a deflated workbook at `path`. */
async function writeWorkbook(path: string, csvLines: Iterable<string>, rowCount: number): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 4 * 1024 * 1024 });
  let backedUp = false;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else if (!out.write(chunk)) backedUp = true;
    if (final) out.end();
  });
  const addText = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: DEFLATE_LEVEL });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  addText('[Content_Types].xml', CONTENT_TYPES);
  addText('_rels/.rels', ROOT_RELS);
  addText('xl/workbook.xml', WORKBOOK);
  addText('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: DEFLATE_LEVEL });
  zip.add(sheet);
  sheet.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><dimension ref="A1:H${rowCount}"/><sheetData>`));
  const strings = new SharedStrings();
  let rowNumber = 0;
  let batch: string[] = [];
  for (const line of csvLines) {
    rowNumber += 1;
    const [fields] = parseRecords(line, ',', 1, true);
    batch.push(rowXml(rowNumber, fields, rowNumber === 1, strings));
    if (batch.length === ROWS_PER_CHUNK) {
      sheet.push(strToU8(batch.join('')));
      batch = [];
      if (backedUp) {
        backedUp = false;
        await once(out, 'drain');
      }
    }
  }
  sheet.push(strToU8(`${batch.join('')}</sheetData></worksheet>`), true);
  addText('xl/styles.xml', STYLES);
  addText('xl/sharedStrings.xml', strings.xml());
  zip.end();
  await once(out, 'finish');
  if (failure) throw failure;
}

function rowXml(rowNumber: number, fields: readonly string[], header: boolean, strings: SharedStrings): string {
  let cells = '';
  fields.forEach((field, column) => {
    if (field === '') return;
    const reference = `${COLUMN_LETTERS[column]}${rowNumber}`;
    const kind = header ? 'text' : COLUMN_KINDS[column];
    const date = kind === 'date' ? parseUsDateTime(field) : null;
    if (date !== null) cells += `<c r="${reference}" s="${DATE_STYLE}"><v>${excelSerial(date)}</v></c>`;
    else if ((kind === 'code' && /^\d+$/.test(field)) || (kind === 'number' && Number.isFinite(Number(field)))) cells += `<c r="${reference}"><v>${field}</v></c>`;
    else cells += `<c r="${reference}" t="s"><v>${strings.index(field)}</v></c>`;
  });
  return `<row r="${rowNumber}" spans="1:8">${cells}</row>`;
}

/** "12/1/2010 8:26" as that wall-clock time (in UTC, which is how Excel's day count reads back here). */
function parseUsDateTime(text: string): Date | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [month, day, year, hour, minute] = match.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private uses = 0;

  index(text: string): number {
    this.uses += 1;
    let found = this.indexes.get(text);
    if (found === undefined) {
      found = this.indexes.size;
      this.indexes.set(text, found);
    }
    return found;
  }

  xml(): string {
    const items = [...this.indexes.keys()].map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.indexes.size}">${items}</sst>`;
  }
}

async function main(args: string[]): Promise<void> {
  const sizes = args.length > 0 ? args.flatMap((arg) => arg.split(',')).map(parseLineCount) : [541_909];
  for (const lines of sizes) await ensureWorkbookFile(lines);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
