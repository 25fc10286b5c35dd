import { recogniseLayout, unknownLayoutMessage, type RecognisedLayout } from '../model/order-layouts';
import { describeUnusableFile } from '../model/cleaning-messages';
import { encodingLabel, type TextEncoding } from '../model/text-encoding';
import type { CleaningCounts, LoadResult, LoadStage, UnreadableDetail } from './api';
import type { Connector } from './connector';
import { InputError } from './input-error';
import { CLEANING_REASONS } from '../model/cleaning';
import { COUNT_REASONS, createOrderLinesSql, UNREADABLE_EXAMPLES } from './sql/clean';
import { describeSourceSql, REJECTED_LINES } from './sql/read-source';
import { CREATE_CUSTOMERS, DEFAULT_REFERENCE_DATE } from './sql/rfm';
import { CREATE_SEGMENT_MACRO } from './sql/segments';

export interface OrderSource {
  /** The name the file is registered under in DuckDB (a path in tests). */
  source: string;
  /** The user's own name for the file, for messages. */
  fileName: string;
  encoding?: TextEncoding;
}

/** Reads, cleans and aggregates one order file. */
export async function loadOrders(
  db: Connector,
  { source, fileName, encoding = 'utf-8' }: OrderSource,
  onStage: (stage: LoadStage) => void = () => {},
): Promise<LoadResult> {
  onStage('reading');
  const recognised = await recogniseSource(db, source, encoding);
  onStage('cleaning');
  await db.query(createOrderLinesSql(recognised, encoding), [source]);
  const [rejected] = await db.query<{ lines: number; first_line: number | null }>(REJECTED_LINES);
  const counts = await countLines(db, rejected.lines);
  const unreadable = await db.query<UnreadableDetail & Record<string, unknown>>(UNREADABLE_EXAMPLES);
  if (rejected.lines > 0) unreadable.push({ field: 'fields', lines: rejected.lines, example: `line ${rejected.first_line}` });
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
    layout: recognised.layout,
    encoding: encodingLabel(encoding),
    counts,
    unreadable,
    customers: dates.customers,
    firstDate: dates.first_date,
    lastDate: dates.last_date,
    defaultReferenceDate: dates.reference_date,
  };
}

async function recogniseSource(db: Connector, source: string, encoding: TextEncoding): Promise<RecognisedLayout> {
  const described = await db.query<{ column_name: string }>(describeSourceSql(encoding), [source]);
  const headers = described.map((row) => row.column_name);
  const recognised = recogniseLayout(headers);
  if (!recognised) throw new InputError(unknownLayoutMessage(headers));
  return recognised;
}

async function countLines(db: Connector, rejectedLines: number): Promise<CleaningCounts> {
  const counts = Object.fromEntries([...CLEANING_REASONS, 'kept'].map((reason) => [reason, 0])) as CleaningCounts;
  for (const { reason, lines } of await db.query<{ reason: keyof CleaningCounts; lines: number }>(COUNT_REASONS)) {
    counts[reason] = lines;
  }
  // Lines the CSV reader set aside never reach order_lines; they are unreadable too.
  counts.unreadable += rejectedLines;
  counts.rows = CLEANING_REASONS.reduce((sum, reason) => sum + counts[reason], counts.kept);
  return counts;
}
