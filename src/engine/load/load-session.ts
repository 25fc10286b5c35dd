import { localIsoDate } from '../../model/shared/iso-date';
import { readingKey, type LoadPlan } from '../../model/load/load-plan';
import type { AnalyseOutcome, LoadResult, LoadSource, LoadStage } from '../../protocol/load';
import { unavailableText } from '../../model/pipeline/unavailable-features';
import { loadCustomerTable, readTableHistories } from './load-customer-table';
import type { Connector } from '../db/connector';
import { InputError } from '../../protocol/errors';
import { inspectSources, type FileRegistry, type Inspection, type SourceInput } from './inspect-sources';
import type { LoadProgress, MappingCheck, ReadOptions, SourcePreview } from '../../protocol/load';
import { checkMapping } from './mapping-check';
import { analyseOrders, changeDuplicates } from './load-orders';
import { linesReadOf, NotUtf8, readLineDetails, type LinesRead } from './read-orders';
import { rejectedLinesCsv } from './rejected-lines-csv';

/**
 * One user's files between choosing them and the results: inspected once (their first lines kept
 * for mapping checks, preview-lines.ts), analysed with a plan, re-analysed with another plan.
 * Changing only whether duplicates or lines dated after today are left out needs no new read of the files.
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
  /** What was inspected, to inspect one file again in another encoding. */
  private inspected: { inputs: SourceInput[]; options: ReadOptions } | null = null;
  /** The last read, under the reading keys of the plan asked for and of the plan it settled on (another decimal separator, say). */
  private lastRead: { keys: string[]; read: LinesRead } | null = null;
  /** The last analysis, for the pipeline script; null before one, or after a customer table. */
  private lastResult: LoadResult | null = null;
  private loadedSource: LoadSource = 'lines';
  /** A loaded customer table's histories being read, or read (load-customer-table.ts); once per load. */
  private tableHistories: Promise<void> | null = null;

  constructor(private readonly db: SessionDatabase) {}

  async inspect(inputs: readonly SourceInput[], options: ReadOptions, onProgress: (progress: LoadProgress) => void): Promise<SourcePreview> {
    await this.forget();
    const inspection = await inspectSources(this.db.connector, this.db.registry, inputs, options, onProgress);
    this.inspection = inspection;
    this.inspected = { inputs: [...inputs], options };
    return inspection.preview;
  }

  /** The chosen files' names, for messages; undefined before any were inspected. */
  fileNames(): string | undefined {
    return this.inspection?.sources.map((source) => source.fileName).join('", "');
  }

  checkMapping(plan: LoadPlan): Promise<MappingCheck> {
    return checkMapping(this.db.connector, this.current(), plan);
  }

  async analyse(
    plan: LoadPlan,
    onStage: (stage: LoadStage) => void,
    onProgress: (progress: LoadProgress) => void,
    today: string = localIsoDate(),
  ): Promise<AnalyseOutcome> {
    const inspection = this.current();
    this.lastResult = null;
    await this.settleTableHistories();
    if (inspection.preview.detection.layout.id === 'customer_table') {
      this.loadedSource = 'customer-table';
      this.lastRead = null;
      return { kind: 'loaded', result: await loadCustomerTable(this.db.connector, inspection, onStage, today) };
    }
    this.loadedSource = 'lines';
    const outcome = await this.analyseLines(inspection, plan, onStage, onProgress, today);
    if (outcome.kind === 'loaded') this.lastResult = outcome.result;
    return outcome;
  }

  /** Where the loaded customers came from: the predictions read their histories accordingly. */
  source(): LoadSource {
    return this.loadedSource;
  }

  /** Resolves once the predictions can read the loaded customers' histories (lines need no reading). */
  customerHistories(): Promise<void> {
    if (this.loadedSource !== 'customer-table' || !this.inspection) return Promise.resolve();
    this.tableHistories ??= readTableHistories(this.db.connector, this.inspection);
    return this.tableHistories;
  }

  /** A read of histories still writing must end before other files are read (they share the tables). */
  private async settleTableHistories(): Promise<void> {
    const reading = this.tableHistories;
    this.tableHistories = null;
    await reading?.catch(() => {});
  }

  /**
   * Each line's product and country (sql/lines/line-details.ts), read from the files after the
   * results, once: a kept analysis reopened and a customer table have them already. `stillCurrent`:
   * see readLineDetails.
   */
  async lineDetails(stillCurrent: () => boolean): Promise<void> {
    const files = this.loadedSource === 'lines' && this.lastResult && this.inspection ? { sources: this.inspection.sources, plan: this.lastResult.plan } : null;
    await readLineDetails(this.db.connector, files, stillCurrent);
  }

  /** The last analysis of order lines with the files it read, for the pipeline script. */
  analysed(): { inspection: Inspection; result: LoadResult } {
    if (!this.inspection || !this.lastResult) throw new InputError('Analyse an order export first: the pipeline script repeats what that analysis did.');
    return { inspection: this.inspection, result: this.lastResult };
  }

  private async analyseLines(
    inspection: Inspection,
    plan: LoadPlan,
    onStage: (stage: LoadStage) => void,
    onProgress: (progress: LoadProgress) => void,
    today: string,
  ): Promise<AnalyseOutcome> {
    const key = readingKey(plan);
    if (this.lastRead?.keys.includes(key)) {
      return { kind: 'loaded', result: await changeDuplicates(this.db.connector, inspection, plan, this.lastRead.read, onStage, today) };
    }
    this.lastRead = null;
    let outcome: AnalyseOutcome;
    try {
      outcome = await this.withProgress(inspection, onProgress, (onFile) =>
        analyseOrders(this.db.connector, inspection, plan, onStage, onFile, today, 'after-the-results'),
      );
    } catch (error) {
      if (!(error instanceof NotUtf8) || !this.inspected) throw error;
      await this.reinspectAsWindows1252(inspection.sources[error.sourceIndex].fileName, onProgress);
      return this.analyse(plan, onStage, onProgress, today);
    }
    if (outcome.kind === 'loaded') this.lastRead = { keys: [key, readingKey(outcome.result.plan)], read: linesReadOf(outcome.result) };
    return outcome;
  }

  /** A file whose head was UTF-8 but whose later lines are not: converted, and every file registered again. */
  private async reinspectAsWindows1252(fileName: string, onProgress: (progress: LoadProgress) => void): Promise<void> {
    const { inputs, options } = this.inspected!;
    const corrected = inputs.map((input) => (input.fileName === fileName ? { ...input, encoding: 'windows-1252' as const } : input));
    await this.inspect(corrected, options, onProgress);
  }

  /** The lines left out, as CSV: file, line, reason and the values that were read. */
  async rejectedLinesCsv(): Promise<Blob> {
    const inspection = this.current();
    if (this.loadedSource === 'customer-table') throw new InputError(unavailableText('rejectedLines'));
    if (!this.lastRead) throw new InputError('There is no analysis yet whose left-out lines could be downloaded.');
    return rejectedLinesCsv(this.db.connector, inspection.sources.map((source) => source.fileName));
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

  /** Drops the files and what was read from them (another analysis replaces them). */
  async forget() {
    await this.settleTableHistories();
    // A Parquet customer table read in JavaScript was never registered.
    const names = this.inspection?.sources.filter((source) => !source.parquetTable).map((source) => source.registeredName) ?? [];
    this.inspection = null;
    this.lastRead = null;
    this.lastResult = null;
    this.loadedSource = 'lines';
    await this.db.drop(names);
  }
}

/** A result, or the explanation that there is none yet, for callers that need one. */
export function loadedResult(outcome: AnalyseOutcome): LoadResult {
  if (outcome.kind === 'loaded') return outcome.result;
  throw new InputError(`Every date in "${outcome.column}" fits both Day/Month and Month/Day; choose the order on the mapping screen.`);
}
