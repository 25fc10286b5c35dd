import { CLEANING_REASONS, isOccasional, type CleaningCounts } from '../load/cleaning';

/**
 * The cleaning report the pipeline script writes beside the customer table (`cleaning.csv`): one row
 * per reason with its line count. The reasons are the cleaning report's own (model/load/cleaning.ts),
 * plus `kept`, `duplicate` when duplicates were left out, and `rejected`: lines the CSV reader set
 * aside (wrong number of fields), which the report counts as unreadable.
 */
export const CLEANING_REPORT_VERSION_COLUMN = 'retention_engine_cleaning_report';
export const CLEANING_REPORT_COLUMNS = [CLEANING_REPORT_VERSION_COLUMN, 'reason', 'lines'] as const;

export interface ReasonCount {
  reason: string;
  lines: number;
}

export function isCleaningReportHeader(headers: readonly string[]): boolean {
  return headers.length === CLEANING_REPORT_COLUMNS.length && headers.every((name, index) => name.trim().toLowerCase() === CLEANING_REPORT_COLUMNS[index]);
}

/**
 * The report's counts from lines per reason, as an analysis counts them: every reason that always
 * shows starts at 0, lines set aside by the reader are unreadable, and `rows` adds everything up.
 */
export function cleaningCounts(reasons: readonly ReasonCount[], rejectedLines: number): CleaningCounts {
  const always = CLEANING_REASONS.filter((reason) => !isOccasional(reason));
  const counts = Object.fromEntries([...always, 'kept'].map((reason) => [reason, 0])) as CleaningCounts;
  const known = new Set<string>([...CLEANING_REASONS, 'kept', 'duplicate']);
  for (const { reason, lines } of reasons) {
    if (known.has(reason)) counts[reason as keyof CleaningCounts] = lines;
  }
  const duplicate = counts.duplicate ?? 0;
  counts.unreadable += rejectedLines;
  counts.rows = CLEANING_REASONS.reduce((sum, reason) => sum + (counts[reason] ?? 0), counts.kept + duplicate);
  return counts;
}
