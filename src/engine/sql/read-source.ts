/**
 * How an uploaded file is read. Every column arrives as text so that a bad value in one line is
 * counted as `unreadable` instead of failing the whole file; lines with the wrong number of fields
 * are set aside by `store_rejects` (and counted as unreadable too).
 */
import type { TextEncoding } from '../../model/text-encoding';

export function readSource(encoding: TextEncoding): string {
  return `read_csv(?, all_varchar = true, header = true, store_rejects = true, encoding = '${encoding}')`;
}

export function describeSourceSql(encoding: TextEncoding): string {
  return `SELECT column_name FROM (DESCRIBE SELECT * FROM ${readSource(encoding)})`;
}

/** Lines the CSV reader set aside, with the first one as an example for the report. */
export const REJECTED_LINES = `
  SELECT count(DISTINCT line)::INTEGER AS lines, min(line)::INTEGER AS first_line
  FROM reject_errors`;
