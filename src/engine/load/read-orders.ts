import { columnValues } from '../../model/load/layout-detection';
import { dateExample, dateShape, decideDateOrder, otherOrder, profileDates, type DateOrder, type DateSpec } from '../../model/load/formats/date-order';
import type { LoadPlan } from '../../model/load/load-plan';
import type { DecimalSeparator } from '../../model/load/formats/number-format';
import type { AmountReading } from '../../model/load/order-amounts';
import type { LoadResult } from '../../protocol/load';
import type { Connector } from '../db/connector';
import { settleDecimal } from './decimal-separator';
import type { InspectedSource } from './inspect-sources';
import type { DateOrderInfo, DateOrderQuestion, SourcePreview } from '../../protocol/load';
import { settleOrderAmounts } from './order-amounts';
import { dateSql, fallbackDateSpec } from './sql/lines/date-parsing';
import { keepFileOrder } from './file-order';
import { fillsOrderFields, lineNumbering, startLineNumbersSql } from './sql/lines/line-texts';
import { orderLinesSql } from './sql/lines/mapped-lines';
import { FORGET_LINE_DETAILS, LINE_DETAILS_PRESENT, lineDetailsSql, PUBLISH_LINE_DETAILS, UNMATCHED_LINE_DETAILS } from './sql/lines/line-details';
import { InputError } from '../../protocol/errors';
import { INVALID_TEXT_LINES, REJECTED_RECORDS } from './sql/read-source';
import { StageClock } from './stage-clock';

/**
 * Reads every inspected file into `order_lines` with a plan, and settles from the whole column what
 * the first lines only suggested: the decimal separator (decimal-separator.ts) and the day/month order
 * of the dates. The sample's guess is checked against every line, and the files are read again only
 * when the column contradicts it. When every date fits both orders and nobody said which, the user is
 * asked. Last, what an amount column means (order-amounts.ts).
 */
export interface LinesRead {
  kind: 'read';
  dateOrder: DateOrderInfo;
  /** The separator the numbers were read with: the plan's, unless the whole file said otherwise. */
  decimalSeparator: DecimalSeparator;
  amounts: AmountReading | null;
}

export async function readOrderLines(
  db: Connector,
  sources: readonly InspectedSource[],
  preview: SourcePreview,
  planned: LoadPlan,
  onFile: (index: number) => void = () => {},
  clock = new StageClock(),
): Promise<LinesRead | DateOrderQuestion> {
  let plan = planned;
  const dateValues = sampleDates(preview, plan);
  const spec = sampleDateSpec(preview, plan);
  const first = firstOrder(spec, plan);
  const read = (readPlan: LoadPlan, order: DateOrder) => clock.time('read', () => readAll(db, sources, readPlan, spec, order, onFile));
  await read(plan, first);
  const decimalSeparator = await clock.time('settle', () => settleDecimal(db, sources, plan));
  if (decimalSeparator !== plan.decimalSeparator) {
    plan = { ...plan, decimalSeparator };
    await read(plan, first);
  }
  const decided = await settleDateOrder(db, plan, spec, first, clock, (order) => read(plan, order));
  if (decided === 'ask') {
    const examples = [...new Set(dateValues.map((value) => value.trim()).filter(Boolean))].slice(0, 5);
    const column = plan.mapping.order_date === undefined ? '' : preview.headers[plan.mapping.order_date];
    return { kind: 'date-order', column, examples };
  }
  const amounts = await clock.time('settle', () => settleOrderAmounts(db, plan, sources.length));
  return { kind: 'read', dateOrder: { ...decided, example: exampleFrom(dateValues, decided.order, spec) }, decimalSeparator, amounts };
}

function sampleDates(preview: SourcePreview, plan: LoadPlan): string[] {
  return plan.mapping.order_date === undefined ? [] : columnValues(preview.rows, plan.mapping.order_date);
}

/** The date formats the sample shows (every shape when it shows none), as the files are read with. */
export function sampleDateSpec(preview: SourcePreview, plan: LoadPlan): DateSpec {
  return profileDates(sampleDates(preview, plan)) ?? fallbackDateSpec(plan.dateOrder === 'auto' ? 'ymd' : plan.dateOrder);
}

/** What a finished analysis read, to summarise it again without reading the files (duplicates changed). */
export function linesReadOf(result: Pick<LoadResult, 'dateOrder' | 'plan' | 'amounts'>): LinesRead {
  return { kind: 'read', dateOrder: result.dateOrder, decimalSeparator: result.plan.decimalSeparator, amounts: result.amounts };
}

/**
 * A file whose head was UTF-8 turned out not to be further on (DuckDB set lines aside as invalid
 * UTF-8): it is Windows-1252 and must be converted and read again (load-session.ts does).
 */
export class NotUtf8 extends Error {
  constructor(readonly sourceIndex: number) {
    super(`file ${sourceIndex + 1} is not UTF-8 after all`);
  }
}

function firstOrder(spec: DateSpec, plan: LoadPlan): DateOrder {
  if (plan.dateOrder !== 'auto') return plan.dateOrder;
  if (!spec.dayMonthShape) return 'ymd';
  return spec.order ?? (plan.ambiguousDateOrder === 'ask' ? 'mdy' : plan.ambiguousDateOrder);
}

async function readAll(
  db: Connector,
  sources: readonly InspectedSource[],
  plan: LoadPlan,
  spec: DateSpec,
  order: DateOrder,
  onFile: (index: number) => void,
) {
  await db.query('CREATE OR REPLACE TABLE rejected_records (source_file USMALLINT, line BIGINT, error VARCHAR, text VARCHAR)');
  await db.query(FORGET_LINE_DETAILS);
  for await (const { index, source, lines } of numberedFiles(db, plan, sources)) {
    onFile(index);
    await db.query(orderLinesSql(plan, lines, { spec, order }, index === 0 ? 'create' : 'insert', 'order_lines', 'checked-after'), [source.registeredName]);
    if (fillsOrderFields(plan)) await keepFileOrder(db, index);
    if (source.rejects) {
      await db.query(`INSERT INTO rejected_records SELECT ${index}, line, error, text FROM (${REJECTED_RECORDS})`, [source.registeredName]);
    }
    if (!source.encodingChecked) {
      const [misread] = await db.query<{ lines: number }>(INVALID_TEXT_LINES, [index]);
      if (misread.lines > 0) throw new NotUtf8(index);
    }
  }
}

/**
 * The second pass over the files (sql/lines/line-details.ts), unless line_details is there already:
 * read since the files were (a new read drops it), or restored with a kept analysis. `stillCurrent`
 * is asked before the table is published: files chosen meanwhile have lines of their own, and the
 * statements of both reads take turns. A file changed since the first pass (its lines are not the
 * lines analysed) gives no table but an InputError that says so.
 */
export async function readLineDetails(
  db: Connector,
  files: { sources: readonly InspectedSource[]; plan: LoadPlan } | null,
  stillCurrent: () => boolean = () => true,
): Promise<void> {
  const [{ present }] = await db.query<{ present: boolean }>(LINE_DETAILS_PRESENT);
  if (present) return;
  if (!files || files.sources.length === 0) throw new Error('no files to read the lines\' details from');
  const { sources, plan } = files;
  for await (const { index, source, lines } of numberedFiles(db, plan, sources)) {
    await db.query(lineDetailsSql(plan, lines, index === 0 ? 'create' : 'insert'), [source.registeredName]);
  }
  if (!stillCurrent()) throw new Error('other files were chosen while the lines\' details were read');
  const [unmatched] = await db.query<{ lines: number; first_file: number | null }>(UNMATCHED_LINE_DETAILS);
  if (unmatched.lines > 0) throw new InputError(changedSinceAnalysed(sources[unmatched.first_file ?? 0].fileName));
  await db.query(PUBLISH_LINE_DETAILS);
}

/** What to say when a file's lines are no longer those analysed (UNMATCHED_LINE_DETAILS). */
function changedSinceAnalysed(fileName: string): string {
  return `"${fileName}" has changed since the analysis (saved again, or replaced by a newer export), so the products and countries read from it now would not belong to the lines analysed. Choose the file again (the analysis is made again from it) to see them here.`;
}

/**
 * Each file in turn as both passes read it, its lines numbered the same way (line-texts.ts
 * LineNumbering; a sequence is started afresh before each file): the two passes are matched line
 * for line by these numbers.
 */
async function* numberedFiles(db: Connector, plan: LoadPlan, sources: readonly InspectedSource[]) {
  const numbering = lineNumbering(plan, db.sequential);
  for (const [index, source] of sources.entries()) {
    if (numbering === 'sequence') await db.query(startLineNumbersSql());
    yield { index, source, lines: { reader: source.reader, columns: source.columns, fileIndex: index, numbering } };
  }
}

async function settleDateOrder(
  db: Connector,
  plan: LoadPlan,
  spec: DateSpec,
  parsedAs: DateOrder,
  clock: StageClock,
  readAgain: (order: DateOrder) => Promise<void>,
): Promise<Omit<DateOrderInfo, 'example'> | 'ask'> {
  if (plan.dateOrder !== 'auto') return { order: plan.dateOrder, decidedBy: 'user' };
  if (parsedAs === 'ymd') return { order: 'ymd', decidedBy: 'format' };
  const [evidence] = await clock.time('settle', () => db.query<{ confirming: number; contradicting: number }>(evidenceSql(spec, parsedAs)));
  const decision = decideDateOrder(parsedAs, evidence, plan.ambiguousDateOrder);
  if (decision.action === 'ask') return 'ask';
  const decidedBy = evidence.confirming > 0 || evidence.contradicting > 0 ? 'file' : 'layout';
  if (decision.action === 'switch') await readAgain(decision.order);
  return { order: decision.order, decidedBy };
}

/** Lines whose parsed day is above 12 confirm the order; unparsed ones that read in the other order contradict it. */
function evidenceSql(spec: DateSpec, parsedAs: 'mdy' | 'dmy'): string {
  // Two scalar subqueries: the second parses only the few lines that failed (one filter over all
  // lines would try the other order on every line).
  return `
    SELECT (SELECT count(*) FROM order_lines WHERE day(invoiced_at) > 12)::INTEGER AS confirming,
           (SELECT count(*) FROM (SELECT invoice_date_text AS failed FROM order_lines WHERE invoiced_at IS NULL AND invoice_date_text <> '')
             WHERE ${dateSql('failed', spec, otherOrder(parsedAs))} IS NOT NULL)::INTEGER AS contradicting`;
}

/** The first sample date that is valid in the decided order, else a made-up one in the file's style. */
function exampleFrom(values: readonly string[], order: DateOrder, spec: DateSpec): string {
  const valid = values.find((value) => {
    const shape = dateShape(value);
    if (!shape) return false;
    const [month, day] = order === 'dmy' ? [shape.second, shape.first] : [shape.first, shape.second];
    return (shape.order === 'ymd') === (order === 'ymd') && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  });
  return valid?.trim() ?? dateExample(order, spec.separator);
}
