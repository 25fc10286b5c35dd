import { encodingLabel } from '../../model/load/formats/text-encoding';
import { cleaningCounts, type ReasonCount } from '../../model/pipeline/cleaning-report-file';
import { CUSTOMER_TABLE_VERSION } from '../../model/pipeline/customer-table';
import { UNAVAILABLE_FROM_CUSTOMER_TABLE, type UnavailableFeature } from '../../model/pipeline/unavailable-features';
import type { CleaningCounts } from '../../model/load/cleaning';
import type { LoadResult, LoadStage } from '../../protocol/load';
import { InputError } from '../../protocol/errors';
import type { Connector } from '../db/connector';
import { readCustomerColumns } from '../segments/customer-columns';
import type { InspectedSource, Inspection } from './inspect-sources';
import { prepareCustomerViews } from './load-orders';
import { StageClock } from './stage-clock';
import { readParquetTable } from './read-parquet-table';
import { EMPTY_LINE_DETAILS } from './sql/lines/line-details';
import { cleaningReportSql, CREATE_TABLE_DATES, CUSTOMERS_FROM_TABLE, EMPTY_ORDER_LINES, OTHER_VERSIONS } from './sql/customer-table';
import { copyColumnsSql, FACTS_PART, HISTORIES_PART, positionalColumns, type TablePart } from './sql/customer-table-columns';

/**
 * Loads a customer table (the pipeline script's output, or a warehouse's) instead of order lines: the
 * results start from it, and the cleaning report comes from the script's cleaning.csv when given.
 */
export async function loadCustomerTable(
  db: Connector,
  { sources, preview, cleaningReport, timingsMs }: Inspection,
  onStage: (stage: LoadStage) => void,
  today: string,
): Promise<LoadResult> {
  onStage('reading');
  const clock = new StageClock(timingsMs);
  await clock.time('read', () => readPart(db, sources, FACTS_PART));
  await checkTable(db);
  onStage('aggregating');
  await clock.time('customers', async () => {
    await db.query(CUSTOMERS_FROM_TABLE);
    await db.query(EMPTY_ORDER_LINES);
    await db.query(EMPTY_LINE_DETAILS);
  });
  const dates = await prepareCustomerViews(db, { scored: true, clock });
  if (dates.customers === 0) throw new InputError(`"${sources[0].fileName}" is a customer table with no customers who bought anything.`);
  const counts = cleaningReport ? await readCleaningReport(db, cleaningReport) : null;
  const unavailable = (Object.keys(UNAVAILABLE_FROM_CUSTOMER_TABLE) as UnavailableFeature[]).filter((feature) => feature !== 'cleaning' || !counts);
  return {
    fileName: sources.length === 1 ? sources[0].fileName : `${sources.length} files`,
    layout: preview.detection.layout,
    encoding: encodingLabel(sources[0].encoding),
    sources: preview.sources,
    plan: preview.detection.plan,
    columns: {},
    dateOrder: { order: 'ymd', decidedBy: 'format', example: '' },
    amounts: null,
    duplicates: { count: { lines: 0, acrossFiles: 0 }, dropped: false },
    // A customer table has no order lines whose dates could be checked.
    futureDates: { lines: 0, latest: null, today, included: false },
    dateOutliers: { lines: 0, examples: [] },
    currencies: [],
    counts: counts ?? cleaningCounts([{ reason: 'kept', lines: 0 }], 0),
    unreadable: [],
    customers: dates.customers,
    firstDate: dates.first_date,
    lastDate: dates.last_date,
    defaultReferenceDate: dates.reference_date,
    customerColumns: await clock.time('cells', () => readCustomerColumns(db)),
    source: 'customer-table',
    unavailable,
    timingsMs: clock.timingsMs(),
  };
}

/**
 * The histories of the loaded table, which only the predictions need: read when they first ask, so
 * the tiers are shown without waiting for them.
 */
export function readTableHistories(db: Connector, { sources }: Inspection): Promise<void> {
  return readPart(db, sources, HISTORIES_PART);
}

async function readPart(db: Connector, sources: readonly InspectedSource[], part: TablePart): Promise<void> {
  for (const [index, source] of sources.entries()) {
    const mode = index === 0 ? 'create' : 'insert';
    if (source.parquetTable) await readParquetTable(db, source.parquetTable, part, mode);
    else await db.query(copyColumnsSql(part, positionalColumns(source.headers, part, 'value'), source.reader, mode), [source.registeredName]);
  }
}

async function checkTable(db: Connector) {
  const others = await db.query<{ version: string | null }>(OTHER_VERSIONS, [CUSTOMER_TABLE_VERSION]);
  if (others.length > 0) {
    const found = others.map((row) => row.version ?? 'empty').join(', ');
    throw new InputError(`This customer table is version ${found}; this app reads version ${CUSTOMER_TABLE_VERSION}. Make it again with the pipeline script downloaded from this app.`);
  }
  await db.query(CREATE_TABLE_DATES);
  const [{ dates }] = await db.query<{ dates: number }>('SELECT count(*)::INTEGER AS dates FROM customer_table_dates');
  if (dates !== 1) throw new InputError('The rows of this customer table were made for different dates; make it again in one run of the pipeline script.');
}

async function readCleaningReport(db: Connector, report: InspectedSource): Promise<CleaningCounts> {
  const rows = await db.query<ReasonCount & Record<string, unknown>>(cleaningReportSql(report.reader), [report.registeredName]);
  const rejected = rows.filter((row) => row.reason === 'rejected').reduce((sum, row) => sum + row.lines, 0);
  return cleaningCounts(rows.filter((row) => row.reason !== 'rejected'), rejected);
}
