import type { CleaningCounts, UnreadableDetail } from '../model/load/cleaning';
import type { RoleId } from '../model/load/column-roles';
import type { Delimiter } from '../model/load/formats/csv-dialect';
import type { DateOrder } from '../model/load/formats/date-order';
import type { EncodingLabel, TextEncoding } from '../model/load/formats/text-encoding';
import type { LayoutDetection } from '../model/load/layout-detection';
import type { LoadPlan } from '../model/load/load-plan';
import type { AmountReading } from '../model/load/order-amounts';
import type { LayoutInfo } from '../model/load/order-layouts';
import type { CustomerColumns } from '../model/segments/tier-rules/customer-columns';
import type { UnavailableFeature } from '../model/pipeline/unavailable-features';

/**
 * The shapes of reading a shop's files, as they cross the worker boundary: what the files look like
 * (for the mapping screen), what a mapping would do to the first lines, and what a load reports.
 */
export type SourceKind = 'csv' | 'xlsx' | 'parquet';

export interface SourceSummary {
  fileName: string;
  bytes: number;
  kind: SourceKind;
  /** How the text was read (an XLSX is converted to UTF-8 text, a Parquet file has no text encoding). */
  encoding: TextEncoding;
  delimiter: Delimiter;
}

/** The user's overrides of what was detected; they need the files inspected again. */
export interface ReadOptions {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

export interface SourcePreview {
  sources: SourceSummary[];
  headers: string[];
  /** Identifies the header for remembering a mapping. */
  signature: string;
  /** The first lines of the first file (at most SAMPLE_LINES), every column as text. */
  rows: string[][];
  detection: LayoutDetection;
}

export const SAMPLE_LINES = 1000;

/** What a mapping would make of the sample, before the whole file is read. */
export interface MappingProblem {
  role: RoleId;
  column: string;
  /** Lines of the sample whose value does not read, and a few of those values. */
  lines: number;
  examples: string[];
  message: string;
}

export interface MappingCheck {
  sampleLines: number;
  problems: MappingProblem[];
}

export interface LoadProgress {
  phase: 'scanning' | 'unpacking' | 'converting' | 'transcoding' | 'reading';
  bytesRead: number;
  bytesTotal: number;
}

export interface DateOrderInfo {
  order: DateOrder;
  /** `file`: decided from the whole column; `layout`: every date fitted both orders and the layout's rule applied. */
  decidedBy: 'file' | 'layout' | 'user' | 'format';
  /** A date as this file writes it, for messages (`12/1/2010 8:26`). */
  example: string;
}

export interface DuplicateCount {
  /** Lines identical in every column to an earlier line. */
  lines: number;
  /** Of those, lines whose earlier twin is in another file. */
  acrossFiles: number;
}

/**
 * `count` is null when the duplicates are kept (the default): then nothing in the analysis depends
 * on it, and the engine counts them after the results (`duplicateCount`, which the page asks for once
 * the tiers are drawn; the engine counts them before any work that follows a load in any case). When
 * they are left out they are counted before the results, since marking them needs it.
 */
export interface DuplicateInfo {
  count: DuplicateCount | null;
  dropped: boolean;
}

/** Lines dated after the day the analysis ran (on the user's clock). */
export interface FutureDates {
  lines: number;
  /** The latest such day, YYYY-MM-DD; null when there is none. */
  latest: string | null;
  /** The day of the analysis, YYYY-MM-DD. */
  today: string;
  /** The user chose to keep them; otherwise they are left out as `future_date`. */
  included: boolean;
}

/** Kept lines dated far outside the rest of the file (sql/clean.ts says how far): kept, but named. */
export interface DateOutliers {
  lines: number;
  /** Up to three of their days, YYYY-MM-DD, earliest first. */
  examples: string[];
}

/** The user has to say which order the dates are in: every value fits both. */
export interface DateOrderQuestion {
  kind: 'date-order';
  column: string;
  examples: string[];
}

export interface LoadResult {
  /** The file's name, or the names of several files combined. */
  fileName: string;
  layout: LayoutInfo;
  /** The first file's text encoding. */
  encoding: EncodingLabel;
  sources: SourceSummary[];
  plan: LoadPlan;
  /** The header of the column playing each mapped role. */
  columns: Partial<Record<RoleId, string>>;
  dateOrder: DateOrderInfo;
  /** With money from an amount column: whether it was a line total, and orders repeated across files. */
  amounts: AmountReading | null;
  duplicates: DuplicateInfo;
  futureDates: FutureDates;
  dateOutliers: DateOutliers;
  /** Distinct currencies among the kept lines (a currency column), else the one chosen on the mapping screen. */
  currencies: string[];
  counts: CleaningCounts;
  unreadable: UnreadableDetail[];
  customers: number;
  firstDate: string;
  lastDate: string;
  /** The day after the latest kept invoice (lines dated after today are not kept unless included), YYYY-MM-DD. */
  defaultReferenceDate: string;
  /**
   * Every customer's last purchase, invoices and spend as typed arrays (transferred, not copied):
   * the page applies any tier rules to them without asking the engine again.
   */
  customerColumns: CustomerColumns;
  /** Order lines, or a customer table the pipeline script (or a warehouse) made from them. */
  source: LoadSource;
  /** What the page cannot show from this source; it says so instead of showing it empty. */
  unavailable: UnavailableFeature[];
  /** Where the worker spent the load's time, per stage (inspection included). */
  timingsMs: LoadTimings;
}

export type LoadSource = 'lines' | 'customer-table';

/**
 * The stages of a load as the worker times them: registering the files with DuckDB, scanning them
 * for their text encoding (or converting them), reading the first lines, reading every line into
 * order lines (numbers and dates parsed in the same pass), settling the decimal separator, the
 * date order and amount columns from the whole file, the cleaning report's counts, the customer
 * table with its RFM scores, the empty tables views join, and the per-customer columns for the page.
 */
export type LoadTimingStage = 'register' | 'scan' | 'convert' | 'preview' | 'read' | 'settle' | 'details' | 'count' | 'customers' | 'scores' | 'cells';

export type LoadTimings = Partial<Record<LoadTimingStage, number>>;

export type LoadStage = 'starting' | 'reading' | 'cleaning' | 'aggregating';

/** An analysis either loads, or stops to ask the user something it must not guess. */
export type AnalyseOutcome = { kind: 'loaded'; result: LoadResult } | DateOrderQuestion;

export interface LoadVerbs {
  /** The built-in sample shop, analysed straight away. */
  loadSample(onStage: (stage: LoadStage) => void, today: string): Promise<LoadResult>;
  /** Reads the files' headers and first lines and guesses the mapping; the files stay registered. */
  inspect(files: File[], options: ReadOptions, onProgress: (progress: LoadProgress) => void): Promise<SourcePreview>;
  /** What a mapping makes of the inspected sample: values that would not read, with examples. */
  checkMapping(plan: LoadPlan): Promise<MappingCheck>;
  /**
   * Reads, cleans and aggregates the inspected files with a mapping. `today` (YYYY-MM-DD) is the day
   * on the user's clock: lines dated after it are left out unless the plan includes them.
   */
  analyse(plan: LoadPlan, onStage: (stage: LoadStage) => void, onProgress: (progress: LoadProgress) => void, today: string): Promise<AnalyseOutcome>;
  /** The lines left out of the last analysis, with line number and reason, as CSV. */
  rejectedLinesCsv(): Promise<Blob>;
  /** The duplicate lines of the loaded analysis, counted now when it was loaded with them kept (DuplicateInfo). */
  duplicateCount(): Promise<DuplicateCount>;
}
