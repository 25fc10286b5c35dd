import { unknownLayoutMessage } from '../../model/load/order-layouts';
import { describeUnusableFile, type ValueFormats } from '../../model/load/cleaning-messages';
import type { RoleId } from '../../model/load/column-roles';
import type { LoadPlan } from '../../model/load/load-plan';
import { encodingLabel, type TextEncoding } from '../../model/load/formats/text-encoding';
import type { AnalyseOutcome, FutureDates, LoadResult, LoadStage } from '../../protocol/load';
import type { UnreadableDetail } from '../../model/load/cleaning';
import type { Connector } from '../db/connector';
import { InputError } from '../../protocol/errors';
import { cleaningCounts } from '../../model/pipeline/cleaning-report-file';
import { readCustomerColumns } from '../segments/customer-columns';
import { inspectSources, type FileRegistry, type Inspection } from './inspect-sources';
import { readLineDetails, readOrderLines, type LinesRead } from './read-orders';
import { countDuplicates } from './duplicate-lines';
import { localIsoDate } from '../../model/shared/iso-date';
import { markLines, readDateOutliers } from './line-marks';
import { KEPT_CURRENCIES, REJECTED_LINES, UNREADABLE_EXAMPLES } from './sql/clean';
import { CREATE_SCORED_CUSTOMERS, DEFAULT_REFERENCE_DATE } from './sql/customers';
import { CREATE_EMPTY_CLUSTERS } from '../segments/sql/clusters';
import { CREATE_EMPTY_PREDICTIONS } from '../predict/sql/predictions';
import { CREATE_CUSTOMER_SCORES, CREATE_RFM_SEGMENT_MACRO } from '../segments/sql/scores';
import { StageClock } from './stage-clock';

export interface OrderSource {
  /** The name the file is registered under in DuckDB (a path in tests). */
  source: string;
  /** The user's own name for the file, for messages. */
  fileName: string;
  encoding?: TextEncoding;
  /** The file's bytes, when JavaScript can read them (encoding detection, Excel). */
  blob?: Blob;
}

/** Files DuckDB already reads by path (native DuckDB): nothing to register. */
const PATHS: FileRegistry = {
  register: async (input) => {
    if (!input.path) throw new Error(`invalid source: ${input.fileName} has no path`);
    return input.path;
  },
  registerBytes: async () => {
    throw new Error('invalid source: converted files need a registry that can hold bytes');
  },
};

/**
 * Reads, cleans and aggregates one order file whose header is a known layout (Online Retail, II,
 * Shopify, WooCommerce), with the mapping that layout implies. Any other layout needs a mapping:
 * inspect the file, then `analyseOrders` with a plan.
 */
export async function loadOrders(
  db: Connector,
  { source, fileName, encoding, blob }: OrderSource,
  onStage: (stage: LoadStage) => void = () => {},
): Promise<LoadResult> {
  onStage('reading');
  const inspection = await inspectSources(db, PATHS, [{ fileName, blob, path: source }], { encoding });
  const { detection, headers } = inspection.preview;
  if (!detection.full) throw new InputError(unknownLayoutMessage(headers));
  const outcome = await analyseOrders(db, inspection, detection.plan, onStage);
  if (outcome.kind !== 'loaded') throw new InputError(`Every date in "${outcome.column}" fits both day/month orders; choose one.`);
  return outcome.result;
}

/**
 * When the lines' details (their products and countries: sql/lines/line-details.ts) are read: after the results,
 * by whoever needs them first (the worker: readLineDetails), or with the lines, before the results
 * (callers that want every table at once: Node, the tests).
 */
export type LineDetailsTime = 'after-the-results' | 'with-the-lines';

/**
 * Reads the inspected files with a plan, then cleans and aggregates (or asks about the date order).
 * `today` is the day of the analysis on the user's clock (the page sends it; Node callers use theirs).
 */
export async function analyseOrders(
  db: Connector,
  inspection: Inspection,
  plan: LoadPlan,
  onStage: (stage: LoadStage) => void = () => {},
  onFile: (index: number) => void = () => {},
  today: string = localIsoDate(),
  details: LineDetailsTime = 'with-the-lines',
): Promise<AnalyseOutcome> {
  onStage('cleaning');
  const clock = new StageClock(inspection.timingsMs);
  const read = await readOrderLines(db, inspection.sources, inspection.preview, plan, onFile, clock);
  if (read.kind !== 'read') return read;
  if (details === 'with-the-lines') await clock.time('details', () => readLineDetails(db, { sources: inspection.sources, plan }));
  return { kind: 'loaded', result: await summariseOrders(db, inspection, plan, read, onStage, clock, today) };
}

/** Leaves out duplicate lines and lines dated after today, or takes them back, without reading the files again. */
export async function changeDuplicates(
  db: Connector,
  inspection: Inspection,
  plan: LoadPlan,
  read: LinesRead,
  onStage: (stage: LoadStage) => void = () => {},
  today: string = localIsoDate(),
): Promise<LoadResult> {
  onStage('cleaning');
  return summariseOrders(db, inspection, plan, read, onStage, new StageClock(), today);
}

/** Future-dated and duplicate lines marked as the plan says, then the cleaning report and one row per customer, from order_lines. */
export async function summariseOrders(
  db: Connector,
  { sources, preview }: Inspection,
  planned: LoadPlan,
  read: LinesRead,
  onStage: (stage: LoadStage) => void = () => {},
  clock = new StageClock(),
  today: string = localIsoDate(),
): Promise<LoadResult> {
  const plan = { ...planned, decimalSeparator: read.decimalSeparator };
  const fileName = sources.length === 1 ? sources[0].fileName : `${sources.length} files`;
  const columns = mappedColumns(plan, preview.headers);
  const { counts, unreadable, duplicates, currencies, futureDates, dateOutliers } = await clock.time('count', async () => {
    const [rejected] = await db.query<{ lines: number; first_line: number | null; first_file: number | null }>(REJECTED_LINES);
    // Only leaving duplicates out needs their count before the customers (to mark them); kept, as by
    // default, they are counted when the page asks, after the results are drawn (DuplicateInfo).
    const duplicates = plan.dropDuplicates ? await countDuplicates(db) : null;
    const tally = await markLines(db, plan, today, duplicates?.lines ?? 0);
    const counts = cleaningCounts(tally.reasons, rejected.lines);
    // The examples come from the unreadable lines in order_lines (not those the reader set aside): none, no scan.
    const examples = counts.unreadable - rejected.lines > 0 ? await db.query<UnreadableDetail & Record<string, unknown>>(UNREADABLE_EXAMPLES, [plan.money === 'order_amount']) : [];
    const unreadable: UnreadableDetail[] = examples.map((detail) => ({ ...detail, column: columnOf(detail.field, columns) }));
    if (rejected.lines > 0) {
      const where = sources.length > 1 && rejected.first_file !== null ? ` of "${sources[rejected.first_file].fileName}"` : '';
      unreadable.push({ field: 'fields', lines: rejected.lines, example: `line ${rejected.first_line}${where}` });
    }
    const formats: ValueFormats = { decimalSeparator: plan.decimalSeparator, dateExample: read.dateOrder.example, money: plan.money };
    if (counts.kept === 0) {
      throw new InputError(describeUnusableFile(fileName, counts, unreadable, formats));
    }
    const currencies = await currenciesOf(db, plan);
    const futureDates: FutureDates = { ...tally.future, today, included: plan.includeFutureDates === true };
    return { counts, unreadable, duplicates, currencies, futureDates, dateOutliers: await readDateOutliers(db) };
  });
  const dates = await aggregateCustomers(db, onStage, clock);
  const customerColumns = await clock.time('cells', () => readCustomerColumns(db));
  return {
    fileName,
    layout: preview.detection.layout,
    encoding: encodingLabel(sources[0].encoding),
    sources: preview.sources,
    plan,
    columns,
    dateOrder: read.dateOrder,
    amounts: read.amounts,
    duplicates: { count: duplicates, dropped: plan.dropDuplicates },
    futureDates,
    dateOutliers,
    currencies,
    counts,
    unreadable,
    customers: dates.customers,
    firstDate: dates.first_date,
    lastDate: dates.last_date,
    defaultReferenceDate: dates.reference_date,
    customerColumns,
    source: 'lines',
    unavailable: [],
    timingsMs: clock.timingsMs(),
  };
}

/** Customers with their scores, and the segment tables and macros, from order_lines: after a load, or a kept analysis reopened. */
export async function aggregateCustomers(db: Connector, onStage: (stage: LoadStage) => void, clock = new StageClock()) {
  onStage('aggregating');
  await clock.time('customers', () => db.query(CREATE_SCORED_CUSTOMERS));
  return prepareCustomerViews(db, { scored: true, clock });
}

/**
 * What segments, exports and predictions read beside `customers`, and the dates the data spans.
 * `scored`: the customers already have their RFM scores (a load writes both in one statement).
 */
export async function prepareCustomerViews(db: Connector, { scored = false, clock = new StageClock() } = {}) {
  await clock.time('cells', async () => {
    // Empty until the models and the clusters run in the background; views and exports join them from the start.
    await db.query(CREATE_EMPTY_PREDICTIONS);
    await db.query(CREATE_EMPTY_CLUSTERS);
  });
  await clock.time('scores', async () => {
    if (!scored) await db.query(CREATE_CUSTOMER_SCORES);
    await db.query(CREATE_RFM_SEGMENT_MACRO);
  });
  const [dates] = await clock.time('customers', () =>
    db.query<{ reference_date: string; first_date: string; last_date: string; customers: number }>(DEFAULT_REFERENCE_DATE),
  );
  return dates;
}

/** The currencies in the currency column, else the one chosen on the mapping screen, else none. */
async function currenciesOf(db: Connector, plan: LoadPlan): Promise<string[]> {
  if (plan.mapping.currency !== undefined) return (await db.query<{ currency: string }>(KEPT_CURRENCIES)).map((row) => row.currency);
  return plan.currency ? [plan.currency] : [];
}

function mappedColumns(plan: LoadPlan, headers: readonly string[]): Partial<Record<RoleId, string>> {
  return Object.fromEntries(Object.entries(plan.mapping).map(([role, column]) => [role, headers[column]]));
}

function columnOf(field: UnreadableDetail['field'], columns: Partial<Record<RoleId, string>>): string | undefined {
  const role = ({ quantity: 'quantity', unitPrice: 'unit_price', orderAmount: 'order_amount', invoiceDate: 'order_date', orderId: 'order_id' } as const)[
    field as Exclude<UnreadableDetail['field'], 'fields'>
  ];
  return role ? columns[role] : undefined;
}
