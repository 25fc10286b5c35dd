import { headerNames, headerSignature, isDelimiter, parseRecords, sniffDelimiter, type Delimiter } from '../../model/load/formats/csv-dialect';
import { fileKind } from '../../model/load/file-signature';
import { detectLayout } from '../../model/load/layout-detection';
import { isCleaningReportHeader } from '../../model/pipeline/cleaning-report-file';
import { isCustomerTableHeader } from '../../model/pipeline/customer-table';
import { CUSTOMER_TABLE_DETECTION } from '../../model/pipeline/customer-table-detection';
import type { TextEncoding } from '../../model/load/formats/text-encoding';
import { headEncoding } from './files/detect-encoding';
import type { Connector } from '../db/connector';
import { InputError } from '../../protocol/errors';
import type { LoadProgress, LoadTimings, ReadOptions, SourcePreview, SourceSummary } from '../../protocol/load';
import { parquetHeaders, parquetToCsv } from './files/read-parquet';
import { windows1252ToUtf8 } from './files/read-windows-1252';
import { xlsxToCsv } from './files/read-xlsx';
import { previewFromHead, previewRows } from './preview-lines';
import { StageClock } from './stage-clock';
import { customerTableTypes } from './sql/customer-table-columns';
import {
  csvPreviewReader, csvReader, parquetReader, PARQUET_COLUMNS, RAW_LINE_LIMIT, RAW_LINES, typedCsvReader, typedParquetReader, type DuckdbEncoding,
} from './sql/read-source';

/**
 * Step 1 of a load: what the files are (CSV, Excel or Parquet), how their text is written (encoding
 * and delimiter, decided here, overridable), what their header says and what their first lines
 * hold. Every file must have the same header, so monthly exports combine; the mapping is guessed
 * from the first file's sample.
 */
export interface SourceInput {
  /** The file's bytes (a File in the browser); without it only DuckDB reads the file, at `path`. */
  blob?: Blob;
  fileName: string;
  /** Where the file already is on disk (native DuckDB in tests and the benchmark). */
  path?: string;
  /** The file's encoding when known for this file alone (a read found it is not UTF-8). */
  encoding?: TextEncoding;
}

/** Makes files readable by DuckDB under a name: a File handle in the browser, a path in Node. */
export interface FileRegistry {
  register(input: SourceInput): Promise<string>;
  registerBytes(bytes: Uint8Array, fileName: string): Promise<string>;
}

export interface InspectedSource extends SourceSummary {
  registeredName: string;
  headers: string[];
  columns: number;
  reader: string;
  /** The reader of the first lines only (read-source.ts csvPreviewReader). */
  previewReader: string;
  /** The first lines read in JavaScript from the file's head (preview-lines.ts); undefined when only DuckDB can read it. */
  previewRows?: (string | null)[][];
  /** Only CSV readers set lines aside (wrong number of fields). */
  rejects: boolean;
  /** False while only the head said UTF-8: the read checks the rest (read-orders.ts). */
  encodingChecked: boolean;
  /**
   * A customer table in Parquet, chosen in the browser: read column by column when analysed
   * (read-parquet-table.ts), never converted to text nor registered (its registeredName is empty).
   */
  parquetTable?: Blob;
}

export interface Inspection {
  sources: InspectedSource[];
  preview: SourcePreview;
  /** The pipeline script's cleaning.csv, dropped together with its customer table. */
  cleaningReport: InspectedSource | null;
  /** How long registering, scanning, converting and previewing the files took. */
  timingsMs: LoadTimings;
}

const HEAD_BYTES = 256 * 1024;

export async function inspectSources(
  db: Connector,
  registry: FileRegistry,
  inputs: readonly SourceInput[],
  options: ReadOptions = {},
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<Inspection> {
  if (inputs.length === 0) throw new InputError('No file was chosen. Choose one or more order exports.');
  const bytesTotal = inputs.reduce((sum, input) => sum + (input.blob?.size ?? 0), 0);
  let bytesDone = 0;
  const sources: InspectedSource[] = [];
  const clock = new StageClock();
  for (const input of inputs) {
    const report = (phase: LoadProgress['phase'], within: number) => onProgress({ phase, bytesRead: bytesDone + within, bytesTotal });
    sources.push(await inspectOne(db, registry, input, options, report, clock));
    bytesDone += input.blob?.size ?? 0;
  }
  const { tables: inspected, cleaningReport } = setAsideCleaningReport(sources);
  const [first] = inspected;
  const signature = headerSignature(first.headers);
  const odd = inspected.find((source) => headerSignature(source.headers) !== signature);
  if (odd) {
    throw new InputError(
      `"${odd.fileName}" has other columns than "${first.fileName}" (${odd.headers.join(', ')} instead of ${first.headers.join(', ')}). Files analysed together must come from the same export; drop them separately.`,
    );
  }
  const rows = await clock.time('preview', () => previewRows(db, first));
  const preview: SourcePreview = {
    sources: inspected.map(({ fileName, bytes, kind, encoding, delimiter }) => ({ fileName, bytes, kind, encoding, delimiter })),
    headers: first.headers,
    signature,
    rows,
    detection: isCustomerTableHeader(first.headers) ? CUSTOMER_TABLE_DETECTION : detectLayout(first.headers, rows, first.delimiter),
  };
  return { sources: inspected, preview, cleaningReport, timingsMs: clock.timingsMs() };
}

/** A cleaning report dropped with a customer table is read beside it, not as another table. */
function setAsideCleaningReport(sources: InspectedSource[]): { tables: InspectedSource[]; cleaningReport: InspectedSource | null } {
  const report = sources.find((source) => isCleaningReportHeader(source.headers));
  if (!report || !sources.some((source) => isCustomerTableHeader(source.headers))) return { tables: sources, cleaningReport: null };
  return { tables: sources.filter((source) => source !== report), cleaningReport: report };
}

async function inspectOne(
  db: Connector,
  registry: FileRegistry,
  input: SourceInput,
  options: ReadOptions,
  report: (phase: LoadProgress['phase'], within: number) => void,
  clock: StageClock,
): Promise<InspectedSource> {
  const { blob, fileName } = input;
  const kind = blob ? fileKind(fileName, blob.size, new Uint8Array(await blob.slice(0, 512).arrayBuffer())) : kindByName(fileName);
  if (typeof kind !== 'string') throw new InputError(kind.problem);
  const size = blob?.size ?? 0;
  if (kind === 'parquet' && !blob) {
    const registeredName = await clock.time('register', () => registry.register(input));
    const headers = headerNames((await db.query<{ column_name: string }>(PARQUET_COLUMNS, [registeredName])).map((row) => row.column_name));
    const previewReader = parquetReader(headers.length);
    const reader = isCustomerTableHeader(headers) ? typedParquetReader(headers.length) : previewReader;
    return { ...parquetSource(fileName, size, headers, registeredName), reader, previewReader };
  }
  if (kind === 'parquet' && blob) {
    const headers = headerNames(await parquetHeaders(blob));
    // A customer table runs straight on without a mapping; its first rows would cost a quarter of
    // the whole read (hyparquet decodes a column's pages whole), so none are shown.
    if (isCustomerTableHeader(headers)) return { ...parquetSource(fileName, size, headers, ''), reader: '', previewReader: '', previewRows: [], parquetTable: blob };
  }
  if ((kind === 'xlsx' || kind === 'parquet') && blob) {
    const onRows = ({ rowsDone, rowsTotal }: { rowsDone: number; rowsTotal: number }) => report('converting', (size * rowsDone) / Math.max(rowsTotal, 1));
    const csv = await clock.time('convert', async () => (kind === 'xlsx' ? xlsxToCsv(blob, report, fileName) : (await parquetToCsv(blob, onRows)).csv));
    if (csv.length === 0) throw new InputError(`"${fileName}" holds no rows (an Excel file is read from its first sheet). Export the orders again and drop the new file.`);
    // Read before registering: the bytes are handed over to DuckDB's worker, not copied.
    const headOf = async (bytes: number) => ({ text: decodeHead(csv.subarray(0, bytes), 'utf-8'), whole: csv.length <= bytes });
    const head = await headOf(HEAD_BYTES);
    const source = textSource(fileName, head.text, head.whole, { encoding: 'utf-8', readAs: 'utf-8' }, ',', '');
    const previewRows = await clock.time('preview', () => previewFromHead(head, HEAD_BYTES, headOf, source));
    const registeredName = await clock.time('register', () => registry.registerBytes(csv, fileName));
    return { ...source, registeredName, previewRows, bytes: size, kind };
  }
  const headBytes = blob && new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  const chosen = input.encoding ?? options.encoding;
  const encoding = chosen ?? (headBytes ? headEncoding(headBytes, size <= HEAD_BYTES) : 'utf-8');
  // Without bytes (a path in Node) there is nothing to convert; a whole file in its head is checked.
  const encodingChecked = chosen !== undefined || !headBytes || size <= HEAD_BYTES || encoding !== 'utf-8';
  const { registeredName, readAs, utf8 } = await registerText(registry, input, encoding, (within) => report('transcoding', within), clock);
  const { head, whole } = headBytes ? { head: decodeHead(headBytes, encoding), whole: size <= HEAD_BYTES } : await headThroughDuckDB(db, registeredName, readAs);
  const source = textSource(fileName, head, whole, { encoding, readAs }, options.delimiter, registeredName);
  if (!utf8) return { ...source, bytes: size, encodingChecked };
  // The lines as DuckDB reads them: a Windows-1252 file's converted copy.
  const headOf = async (bytes: number) => ({ text: decodeHead(new Uint8Array(await utf8.slice(0, bytes).arrayBuffer()), 'utf-8'), whole: utf8.size <= bytes });
  const previewRows = await clock.time('preview', async () =>
    previewFromHead(utf8 === blob ? { text: head, whole } : await headOf(HEAD_BYTES), HEAD_BYTES, headOf, source),
  );
  return { ...source, bytes: size, encodingChecked, previewRows };
}

/** Registers a text file for DuckDB, as UTF-8 when JavaScript can read its bytes. */
async function registerText(
  registry: FileRegistry,
  input: SourceInput,
  encoding: TextEncoding,
  onConverted: (bytes: number) => void,
  clock: StageClock,
): Promise<{ registeredName: string; readAs: DuckdbEncoding; utf8?: Blob }> {
  const register = (source: SourceInput) => clock.time('register', () => registry.register(source));
  if (encoding === 'utf-8') return { registeredName: await register(input), readAs: 'utf-8', utf8: input.blob };
  if (!input.blob) return { registeredName: await register(input), readAs: 'latin-1' };
  onConverted(0);
  const blob = input.blob;
  const utf8 = await clock.time('convert', () => windows1252ToUtf8(blob, onConverted));
  return { registeredName: await register({ fileName: input.fileName, blob: utf8 }), readAs: 'utf-8', utf8 };
}

function parquetSource(fileName: string, bytes: number, headers: string[], registeredName: string) {
  const base = { fileName, bytes, kind: 'parquet' as const, encoding: 'utf-8' as const, delimiter: ',' as const, registeredName, headers };
  return { ...base, columns: headers.length, rejects: false, encodingChecked: true };
}

function kindByName(fileName: string): 'csv' | 'parquet' {
  return /\.parquet$/i.test(fileName) ? 'parquet' : 'csv';
}

/** Dialect and header of delimited text from its head. */
function textSource(
  fileName: string,
  head: string,
  whole: boolean,
  { encoding, readAs }: { encoding: TextEncoding; readAs: DuckdbEncoding },
  chosenDelimiter: Delimiter | undefined,
  registeredName: string,
): InspectedSource {
  const delimiter: Delimiter = chosenDelimiter && isDelimiter(chosenDelimiter) ? chosenDelimiter : sniffDelimiter(head, whole);
  const [headerFields] = parseRecords(head, delimiter, 1, whole);
  if (!headerFields) throw new InputError(`"${fileName}" has no header line. Export the orders again with column names in the first line.`);
  const headers = headerNames(headerFields);
  const dialect = { delimiter, encoding: readAs, columns: headers.length };
  const table = isCustomerTableHeader(headers);
  const reader = table ? typedCsvReader(dialect, customerTableTypes(headers)) : csvReader(dialect);
  const previewReader = csvPreviewReader(dialect);
  return { fileName, bytes: 0, kind: 'csv', encoding, delimiter, registeredName, headers, columns: headers.length, reader, previewReader, rejects: !table, encodingChecked: true };
}

/** The first lines of a registered file, for when only DuckDB can read it (a path in Node). */
async function headThroughDuckDB(db: Connector, name: string, encoding: DuckdbEncoding): Promise<{ head: string; whole: boolean }> {
  const lines = await db.query<{ line: string | null }>(RAW_LINES, [name, encoding]);
  return { head: lines.map((row) => row.line ?? '').join('\n'), whole: lines.length < RAW_LINE_LIMIT };
}

function decodeHead(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'windows-1252').decode(bytes);
}
