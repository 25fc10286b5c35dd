import type { Delimiter } from '../../../model/load/formats/csv-dialect';
import { quoteLiteral } from '../../db/identifiers';

/**
 * How a file is read. Every column arrives as text named by position (c0, c1, …), so a bad value in
 * one line is counted as `unreadable` instead of failing the whole file, and no text from the file
 * becomes SQL. A CSV is read with the dialect decided in model/csv-dialect.ts (no sniffing); lines
 * with the wrong number of fields are set aside by `store_rejects` and counted as unreadable too.
 */
export interface CsvDialect {
  delimiter: Delimiter;
  encoding: DuckdbEncoding;
  columns: number;
}

/**
 * How DuckDB decodes the registered file. A Windows-1252 file reaches DuckDB converted to UTF-8
 * (engine/read-windows-1252.ts); only a file DuckDB alone can read (a path in Node) is read as
 * Latin-1, which fails on the bytes 0x80–0x9F.
 */
export type DuckdbEncoding = 'utf-8' | 'latin-1';

export function columnName(index: number): string {
  return `c${index}`;
}

function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => columnName(index));
}

export function csvReader(dialect: CsvDialect): string {
  return csvReaderWith(dialect, 'store_rejects = true');
}

/**
 * The reader of the first lines. DuckDB reads a CSV in buffers of 32 MB by default, so even the
 * first thousand lines would cost that much reading; a buffer of 1 MB holds them many times over.
 * Lines it cannot read are skipped without being recorded: a line longer than the buffer would be
 * recorded as unreadable although the whole read (csvReader) reads it.
 */
export function csvPreviewReader(dialect: CsvDialect): string {
  return csvReaderWith(dialect, 'ignore_errors = true, buffer_size = 1048576');
}

/**
 * A file whose columns are known (a customer table) read in their types in one pass, no sniffing; a
 * line that does not fit fails the read rather than being set aside. `types` are SQL types fixed in
 * code, one per column.
 */
export function typedCsvReader(dialect: CsvDialect, types: readonly string[]): string {
  return csvReaderWith(dialect, null, types);
}

function csvReaderWith({ delimiter, encoding, columns }: CsvDialect, errors: string | null, types?: readonly string[]): string {
  const columnTypes = columnNames(columns).map((name, index) => `'${name}': ${quoteLiteral(types?.[index] ?? 'VARCHAR')}`);
  return `read_csv(?, auto_detect = false, header = true, delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"',
    columns = {${columnTypes.join(', ')}}, ${errors ? `${errors}, ` : ''}encoding = ${quoteLiteral(encoding)})`;
}

/** Parquet columns keep their types in the file; as text they go through the same cleaning. */
export function parquetReader(columns: number): string {
  return `(SELECT COLUMNS(*)::VARCHAR FROM read_parquet(?)) AS parquet_source(${columnNames(columns).join(', ')})`;
}

/** A Parquet file whose columns are known (a customer table), in the types the file gives them. */
export function typedParquetReader(columns: number): string {
  return `read_parquet(?) AS parquet_source(${columnNames(columns).join(', ')})`;
}

/** The first lines of a text file as they are (one field per line), for the dialect guess. */
export const RAW_LINE_LIMIT = 60;
export const RAW_LINES = `
  SELECT line FROM read_csv(?, auto_detect = false, header = false, delim = chr(31), quote = '', escape = '',
    columns = {'line': 'VARCHAR'}, encoding = ?) LIMIT ${RAW_LINE_LIMIT}`;

export const PARQUET_COLUMNS = `SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(?))`;

/** The first lines of a file as text, for the mapping screen and the format guesses. */
export function previewSql(reader: string, limit: number): string {
  return `SELECT * FROM ${reader} LIMIT ${Math.trunc(limit)}`;
}

/**
 * Records the CSV reader set aside in one registered file (parameter), with their line number
 * (the header is line 1) and the reader's reason. Reading the same file again (with the other decimal
 * separator or date order) finds the same lines again, hence one row per line.
 */
export const REJECTED_RECORDS = `
  SELECT errors.line::BIGINT AS line, any_value(errors.error_type::VARCHAR) AS error,
         any_value(regexp_replace(errors.csv_line, '^[\\r\\n]+|[\\r\\n]+$', '', 'g')) AS text
  FROM reject_errors AS errors JOIN reject_scans AS scans USING (scan_id, file_id)
  WHERE scans.file_path = ?
  GROUP BY errors.line
  ORDER BY line`;

/** Lines of one file (parameter: its index) that the reader set aside as not UTF-8. */
export const INVALID_TEXT_LINES = `
  SELECT count(*)::INTEGER AS lines FROM rejected_records WHERE source_file = ? AND error = 'INVALID ENCODING'`;
