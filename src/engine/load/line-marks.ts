import type { LoadPlan } from '../../model/load/load-plan';
import type { ReasonCount } from '../../model/pipeline/cleaning-report-file';
import type { DateOutliers } from '../../protocol/load';
import type { Connector } from '../db/connector';
import { MARK_DUPLICATES, MARK_FUTURE_DATES } from './sql/clean';
import { CREATE_LINE_TALLY, DATE_OUTLIERS, TALLIED_REASONS } from './sql/line-tally';

/** The lines per reason, and the lines that would be kept but are dated after today. */
export interface LineTally {
  reasons: ReasonCount[];
  future: { lines: number; latest: string | null };
}

/**
 * Leaves out (or takes back) the lines dated after today and the duplicate lines as the plan says,
 * and returns the tally of the lines as they are then. Either rewrite of order_lines is skipped when
 * the tally shows it would change nothing: on most files no line is dated after today, and the
 * duplicates are marked only when the user leaves them out. `duplicateLines` is the count of duplicate-lines.ts,
 * which marking does not change (it never touches superseded lines); it is read only when the plan
 * leaves duplicates out.
 */
export async function markLines(db: Connector, plan: LoadPlan, today: string, duplicateLines: number): Promise<LineTally> {
  const before = await tallyLines(db, today);
  const linesOf = (reason: string) => before.reasons.find((row) => row.reason === reason)?.lines ?? 0;
  const markFuture = before.future.lines > 0;
  // The window over line_hash also sees superseded lines, which may be some kept line's earlier twin.
  const markDuplicates = linesOf('duplicate') > 0 || (plan.dropDuplicates && (duplicateLines > 0 || linesOf('superseded') > 0));
  if (markFuture) await db.query(MARK_FUTURE_DATES, [plan.includeFutureDates === true, today]);
  if (markDuplicates) await db.query(MARK_DUPLICATES, [plan.dropDuplicates]);
  return markFuture || markDuplicates ? tallyLines(db, today) : before;
}

/** Counts order_lines per reason and day, once, and reads the reasons and future dates from that. */
async function tallyLines(db: Connector, today: string): Promise<LineTally> {
  await db.query(CREATE_LINE_TALLY);
  const rows = await db.query<{ reason: string; lines: number; future_lines: number; latest_future_day: string | null }>(TALLIED_REASONS, [today]);
  const latest = rows.reduce<string | null>((found, row) => (row.latest_future_day !== null && (found === null || row.latest_future_day > found) ? row.latest_future_day : found), null);
  return {
    reasons: rows.map(({ reason, lines }) => ({ reason, lines })),
    future: { lines: rows.reduce((sum, row) => sum + row.future_lines, 0), latest },
  };
}

/** Kept lines dated far outside the rest (sql/line-tally.ts), from the tally markLines left. */
export async function readDateOutliers(db: Connector): Promise<DateOutliers> {
  const [found] = await db.query<{ lines: number; examples: string | null }>(DATE_OUTLIERS);
  return { lines: found.lines, examples: found.examples ? found.examples.split(' ') : [] };
}
