/**
 * How an uploaded file is read. Every column arrives as text so that a bad value in one line is
 * counted as `unreadable` instead of failing the whole file; lines with the wrong number of fields
 * are set aside by `store_rejects` (and counted as unreadable too).
 */
export const READ_OPTIONS = 'all_varchar = true, header = true, store_rejects = true';

export function readSource(sourceParam = '?'): string {
  return `read_csv(${sourceParam}, ${READ_OPTIONS})`;
}

export const DESCRIBE_SOURCE = `
  SELECT column_name FROM (DESCRIBE SELECT * FROM ${readSource()})`;

export const COUNT_REJECTED_LINES = `
  SELECT count(DISTINCT line)::INTEGER AS rejected FROM reject_errors`;
