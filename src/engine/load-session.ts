import { CLEANING_LABELS, DUPLICATE_LABEL } from '../model/cleaning';
import { ROLE_INFO, type RoleId } from '../model/column-roles';
import { toCsv } from '../model/csv-format';
import { columnValues } from '../model/layout-detection';
import { profileDates } from '../model/date-order';
import { readingKey, type LoadPlan } from '../model/load-plan';
import type { AnalyseOutcome, LoadResult, LoadStage } from './api';
import type { Connector } from './connector';
import { InputError } from './input-error';
import { inspectSources, type FileRegistry, type Inspection, type SourceInput } from './inspect-sources';
import type { LoadProgress, MappingCheck, MappingProblem, ReadOptions, SourcePreview } from './load-api';
import { analyseOrders, changeDuplicates } from './load-orders';
import type { LinesRead } from './read-orders';
import { fallbackDateSpec } from './sql/date-parsing';
import { orderLinesSql } from './sql/mapped-lines';
import { REJECTED_LINES_PAGE } from './sql/rejected-lines';

/**
 * One user's files between choosing them and the results: inspected once (their first lines kept
 * in `preview_lines` for mapping checks), analysed with a plan, re-analysed with another plan.
 * Changing only whether duplicates are left out needs no new read of the files.
 */
export interface SessionDatabase {
  connector: Connector;
  registry: FileRegistry;
  /** Forgets registered files (the previous inspection's). */
  drop(names: readonly string[]): Promise<void>;
  /** Progress of the running query, 0–1, or null to stop listening. */
  onQueryProgress(listener: ((fraction: number) => void) | null): void;
}

export class LoadSession {
  private inspection: Inspection | null = null;
  private lastRead: { key: string; read: LinesRead } | null = null;

  constructor(private readonly db: SessionDatabase) {}

  async inspect(inputs: readonly SourceInput[], options: ReadOptions, onProgress: (progress: LoadProgress) => void): Promise<SourcePreview> {
    await this.forget();
    const inspection = await inspectSources(this.db.connector, this.db.registry, inputs, options, onProgress);
    this.inspection = inspection;
    return inspection.preview;
  }

  async checkMapping(plan: LoadPlan): Promise<MappingCheck> {
    const inspection = this.current();
    const { preview } = inspection;
    const dateValues = plan.mapping.order_date === undefined ? [] : columnValues(preview.rows, plan.mapping.order_date);
    const spec = profileDates(dateValues) ?? fallbackDateSpec('ymd');
    const order = plan.dateOrder !== 'auto' ? plan.dateOrder : spec.dayMonthShape ? (spec.order ?? 'mdy') : 'ymd';
    const source = { reader: 'preview_lines', columns: inspection.sources[0].columns, fileIndex: 0 };
    await this.db.connector.query(orderLinesSql(plan, source, { spec, order }, 'create', 'mapping_check'));
    const rows = await this.db.connector.query<{ field: RoleId; lines: number; examples: string | null }>(checkSql(plan));
    const problems: MappingProblem[] = rows
      .filter((row) => row.lines > 0 && plan.mapping[row.field] !== undefined)
      .map((row) => problem(row.field, preview.headers[plan.mapping[row.field]!], row.lines, row.examples ? row.examples.split('\x1f') : [], preview.rows.length));
    return { sampleLines: preview.rows.length, problems };
  }

  async analyse(
    plan: LoadPlan,
    onStage: (stage: LoadStage) => void,
    onProgress: (progress: LoadProgress) => void,
  ): Promise<AnalyseOutcome> {
    const inspection = this.current();
    const key = readingKey(plan);
    if (this.lastRead?.key === key) {
      return { kind: 'loaded', result: await changeDuplicates(this.db.connector, inspection, plan, this.lastRead.read, onStage) };
    }
    this.lastRead = null;
    const outcome = await this.withProgress(inspection, onProgress, (onFile) => analyseOrders(this.db.connector, inspection, plan, onStage, onFile));
    if (outcome.kind === 'loaded') this.lastRead = { key, read: { kind: 'read', dateOrder: outcome.result.dateOrder } };
    return outcome;
  }

  /** The lines left out, as CSV: file, line, reason and the values that were read. */
  async rejectedLinesCsv(): Promise<Blob> {
    const inspection = this.current();
    if (!this.lastRead) throw new InputError('There is no analysis yet whose left-out lines could be downloaded.');
    const several = inspection.sources.length > 1;
    const columns = [...(several ? ['file'] : []), 'line', 'reason', 'reason_text', 'detail', 'order_id', 'customer', 'order_date', 'quantity', 'price_or_amount', 'status', 'original_line'];
    const parts: string[] = [];
    const page = 50_000;
    for (let offset = 0; ; offset += page) {
      const rows = await this.db.connector.query(REJECTED_LINES_PAGE, [page, offset]);
      const named = rows.map((row) => ({ ...row, file: inspection.sources[row.source_file as number]?.fileName, reason_text: reasonText(String(row.reason)) }));
      const text = toCsv(columns, named);
      parts.push(offset === 0 ? text : text.slice(text.indexOf('\r\n') + 2));
      if (rows.length < page) break;
    }
    return new Blob(parts, { type: 'text/csv' });
  }

  private async withProgress<T>(inspection: Inspection, onProgress: (progress: LoadProgress) => void, work: (onFile: (index: number) => void) => Promise<T>): Promise<T> {
    const sizes = inspection.preview.sources.map((source) => source.bytes);
    const bytesTotal = sizes.reduce((sum, size) => sum + size, 0);
    let done = 0;
    let current = 0;
    const onFile = (index: number) => {
      done = sizes.slice(0, index).reduce((sum, size) => sum + size, 0);
      current = sizes[index] ?? 0;
      onProgress({ phase: 'reading', bytesRead: done, bytesTotal });
    };
    this.db.onQueryProgress((fraction) => onProgress({ phase: 'reading', bytesRead: Math.round(done + fraction * current), bytesTotal }));
    try {
      return await work(onFile);
    } finally {
      this.db.onQueryProgress(null);
    }
  }

  private current(): Inspection {
    if (!this.inspection) throw new InputError('Choose a file first.');
    return this.inspection;
  }

  private async forget() {
    const names = this.inspection?.sources.map((source) => source.registeredName) ?? [];
    this.inspection = null;
    this.lastRead = null;
    await this.db.drop(names);
  }
}

function checkSql(plan: LoadPlan): string {
  const examples = (text: string, test: string) => `array_to_string(list(DISTINCT ${text} ORDER BY ${text}) FILTER (WHERE ${test} AND ${text} <> '')[1:3], chr(31))`;
  const checks: [RoleId, string, string][] = [
    ['order_id', 'invoice', `invoice = ''`],
    ['order_date', 'invoice_date_text', 'invoiced_at IS NULL'],
    ...(plan.money === 'lines'
      ? ([
          ['quantity', 'quantity_text', 'quantity IS NULL'],
          ['unit_price', 'unit_price_text', 'unit_price IS NULL'],
        ] as [RoleId, string, string][])
      : ([['order_amount', 'unit_price_text', 'unit_price IS NULL']] as [RoleId, string, string][])),
  ];
  return checks
    .map(([role, text, test]) => `SELECT '${role}' AS field, count(*) FILTER (WHERE ${test})::INTEGER AS lines, ${examples(text, test)} AS examples FROM mapping_check`)
    .join(' UNION ALL ');
}

function problem(role: RoleId, column: string, lines: number, examples: string[], sampleLines: number): MappingProblem {
  const what = role === 'order_date' ? 'dates' : role === 'order_id' ? 'order ids' : 'numbers';
  const verb = role === 'order_id' ? 'are empty' : `do not read as ${what}`;
  const shown = examples.length ? ` (e.g. ${examples.map((value) => `"${value}"`).join(', ')})` : '';
  return {
    role,
    column,
    lines,
    examples,
    message: `${ROLE_INFO[role].label} → "${column}": ${lines.toLocaleString('en-US')} of the first ${sampleLines.toLocaleString('en-US')} values ${verb}${shown}.`,
  };
}

function reasonText(reason: string): string {
  if (reason === 'duplicate') return DUPLICATE_LABEL;
  return (CLEANING_LABELS as Record<string, string>)[reason] ?? reason;
}

/** A result, or the explanation that there is none yet, for callers that need one. */
export function loadedResult(outcome: AnalyseOutcome): LoadResult {
  if (outcome.kind === 'loaded') return outcome.result;
  throw new InputError(`Every date in "${outcome.column}" fits both Day/Month and Month/Day; choose the order on the mapping screen.`);
}
