import type { Delimiter } from '../../model/load/formats/csv-dialect';
import { previewRecords } from '../../model/load/formats/preview-records';
import type { Connector } from '../db/connector';
import { SAMPLE_LINES } from '../../protocol/load';
import { columnName, previewSql } from './sql/read-source';

/**
 * The first lines of the first file, for the mapping screen and the format guesses, and as
 * `preview_lines` for mapping checks. A file JavaScript can read has them from its head (parsed in
 * JavaScript, model/load/formats/preview-records.ts): asking DuckDB for them cost a read of its own
 * (a few hundred ms in the browser). A file only DuckDB can read (a path in Node) is read by DuckDB.
 */
export interface PreviewSource {
  headers: string[];
  registeredName: string;
  previewReader: string;
  /** The lines read in JavaScript; undefined when only DuckDB can read the file. */
  previewRows?: (string | null)[][];
}

export interface TextHead {
  text: string;
  /** The head is the whole file. */
  whole: boolean;
}

/** Heads longer than this are not read for a preview: its lines are very long, and fewer are shown. */
const PREVIEW_BYTES_LIMIT = 4 * 1024 * 1024;

/**
 * The preview's lines from a head of `headBytes`, read again longer (by `headOf`) while the lines
 * do not fit in it.
 */
export async function previewFromHead(
  head: TextHead,
  headBytes: number,
  headOf: (bytes: number) => Promise<TextHead>,
  { delimiter, columns }: { delimiter: Delimiter; columns: number },
): Promise<(string | null)[][]> {
  let current = head;
  for (let bytes = headBytes; ; ) {
    const found = previewRecords(current.text, delimiter, columns, SAMPLE_LINES, current.whole);
    if (found.complete || bytes >= PREVIEW_BYTES_LIMIT) return found.rows;
    bytes = Math.min(bytes * 4, PREVIEW_BYTES_LIMIT);
    current = await headOf(bytes);
  }
}

/** The rows as text (NULL as empty); DuckDB's read writes `preview_lines` as it goes. */
export async function previewRows(db: Connector, source: PreviewSource): Promise<string[][]> {
  const rows = source.previewRows ?? (await readThroughDuckDB(db, source));
  return rows.map((row) => row.map((value) => value ?? ''));
}

/**
 * `preview_lines` for a mapping check. Lines read in JavaScript are written only when one is asked
 * for: a file in a known layout is analysed straight away and never needs them.
 */
export async function writePreviewTable(db: Connector, source: PreviewSource): Promise<void> {
  const rows = source.previewRows;
  if (!rows) return;
  await db.writeTable('preview_lines', Object.fromEntries(source.headers.map((_, index) => [columnName(index), rows.map((row) => row[index])])));
}

async function readThroughDuckDB(db: Connector, source: PreviewSource): Promise<(string | null)[][]> {
  await db.query(`CREATE OR REPLACE TABLE preview_lines AS ${previewSql(source.previewReader, SAMPLE_LINES)}`, [source.registeredName]);
  const rows = await db.query('SELECT * FROM preview_lines');
  return rows.map((row) => Object.values(row).map((value) => (value === null || value === undefined ? null : String(value))));
}
