import { CLEANING_REPORT_VERSION_COLUMN } from '../../../model/pipeline/cleaning-report-file';
import { CUSTOMER_TABLE_VERSION } from '../../../model/pipeline/customer-table';
import { quoteLiteral } from '../../db/identifiers';
import { COUNT_REASONS } from '../../load/sql/clean';

/**
 * The script's cleaning report: the worker's lines per reason, and the records the CSV reader set
 * aside (each counted once, though a statement may scan its source twice).
 */
const REJECTED_COUNT = `
  SELECT 'rejected' AS reason, count(*)::INTEGER AS lines FROM (
    SELECT DISTINCT scans.file_path, errors.line
    FROM reject_errors AS errors JOIN reject_scans AS scans USING (scan_id, file_id))`;

export function cleaningReportSql(withRejects: boolean): string {
  const parts = [COUNT_REASONS, ...(withRejects ? [REJECTED_COUNT] : [])].map((sql) => `(${sql.trim()})`);
  return `SELECT ${quoteLiteral(CUSTOMER_TABLE_VERSION)} AS ${CLEANING_REPORT_VERSION_COLUMN}, reason, lines
  FROM (${parts.join(' UNION ALL ')})
  ORDER BY reason`;
}
