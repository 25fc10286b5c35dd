import { recogniseLayout, unknownLayoutMessage, type RecognisedLayout } from '../model/order-layouts';
import { describeUnusableFile } from '../model/cleaning-messages';
import type { CleaningCounts, LoadResult, LoadStage, UnreadableDetail } from './api';
import type { Connector } from './connector';
import { InputError } from './input-error';
import { CLEANING_REASONS } from '../model/cleaning';
import { COUNT_REASONS, createOrderLinesSql, UNREADABLE_EXAMPLES } from './sql/clean';
import { COUNT_REJECTED_LINES, DESCRIBE_SOURCE } from './sql/read-source';
import { CREATE_CUSTOMERS, DEFAULT_REFERENCE_DATE } from './sql/rfm';
import { CREATE_SEGMENT_MACRO } from './sql/segments';

/** Reads, cleans and aggregates one order file registered under `source`. */
export async function loadOrders(
  db: Connector,
  source: string,
  fileName: string,
  onStage: (stage: LoadStage) => void = () => {},
): Promise<LoadResult> {
  onStage('reading');
  const recognised = await recogniseSource(db, source);
  onStage('cleaning');
  await db.query(createOrderLinesSql(recognised), [source]);
  const counts = await countLines(db);
  const unreadable = await db.query<UnreadableDetail & Record<string, unknown>>(UNREADABLE_EXAMPLES);
  if (counts.kept === 0) {
    throw new InputError(describeUnusableFile(fileName, counts, unreadable, recognised.layout));
  }
  onStage('aggregating');
  await db.query(CREATE_CUSTOMERS);
  await db.query(CREATE_SEGMENT_MACRO);
  const [dates] = await db.query<{ reference_date: string; first_date: string; last_date: string; customers: number }>(
    DEFAULT_REFERENCE_DATE,
  );
  return {
    fileName,
    layoutName: recognised.layout.name,
    counts,
    unreadable,
    customers: dates.customers,
    firstDate: dates.first_date,
    lastDate: dates.last_date,
    defaultReferenceDate: dates.reference_date,
  };
}

async function recogniseSource(db: Connector, source: string): Promise<RecognisedLayout> {
  const headers = (await db.query<{ column_name: string }>(DESCRIBE_SOURCE, [source])).map((row) => row.column_name);
  const recognised = recogniseLayout(headers);
  if (!recognised) throw new InputError(unknownLayoutMessage(headers));
  return recognised;
}

async function countLines(db: Connector): Promise<CleaningCounts> {
  const counts = Object.fromEntries([...CLEANING_REASONS, 'kept'].map((reason) => [reason, 0])) as CleaningCounts;
  for (const { reason, lines } of await db.query<{ reason: keyof CleaningCounts; lines: number }>(COUNT_REASONS)) {
    counts[reason] = lines;
  }
  // Lines with the wrong number of fields never reach order_lines; they are unreadable too.
  const [{ rejected }] = await db.query<{ rejected: number }>(COUNT_REJECTED_LINES);
  counts.unreadable += rejected;
  counts.rows = CLEANING_REASONS.reduce((sum, reason) => sum + counts[reason], counts.kept);
  return counts;
}
