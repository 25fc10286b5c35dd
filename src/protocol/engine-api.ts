import type { LayoutInfo } from '../model/load/order-layouts';
import type { RoleId } from '../model/load/column-roles';
import type { LoadPlan } from '../model/load/load-plan';
import type { DateOrderInfo, DateOrderQuestion, DuplicateInfo, LoadProgress, MappingCheck, ReadOptions, SourcePreview, SourceSummary } from './load';
import type { TierId } from '../model/segments/tiers';
import type { CleaningCounts, UnreadableDetail } from '../model/load/cleaning';
import type { AmountReading } from '../model/load/order-amounts';
import type { TierCells, TierTotals } from '../model/segments/tier-totals';
import type { PredictionResult, PredictionSettings } from './predict';
import type { RfmRules } from '../model/segments/rfm-segments';
import type { EncodingLabel } from '../model/load/formats/text-encoding';
import type { ChartData, CustomerDetail, CustomerPage, CustomerQuery, RfmCell, RfmExport } from './explore';

/** Shapes that cross the worker boundary: plain objects only (no Arrow tables, no classes). */
export type { CleaningCounts, UnreadableDetail };

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
  /** Distinct currencies among the kept lines (when a currency column is mapped). */
  currencies: string[];
  counts: CleaningCounts;
  unreadable: UnreadableDetail[];
  customers: number;
  firstDate: string;
  lastDate: string;
  /** The day after the latest kept invoice, YYYY-MM-DD. */
  defaultReferenceDate: string;
  /** Customers folded into cells from which the page adds up the tiers for any thresholds. */
  tierCells: TierCells;
}

export interface SegmentParams {
  referenceDate: string;
  valuePercentile: number;
  activeDays: number;
}

export interface CustomerRow {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  segment: TierId;
  first_purchase_date: string;
  last_purchase_date: string;
}

export type SegmentTotals = TierTotals;

export interface ReportLists {
  /** At-Risk Whales, biggest first (first page). */
  revenueLeak: CustomerRow[];
  /** Champions, biggest first (first page). */
  marginProtection: CustomerRow[];
}

export interface SegmentView extends ReportLists {
  params: SegmentParams;
  valueThreshold: number;
  totals: SegmentTotals[];
  /** The thresholds the two lists are for: behind `params` while newer lists are on their way. */
  reportsFor: SegmentParams;
}

export type LoadStage = 'starting' | 'reading' | 'cleaning' | 'aggregating' | 'segmenting';

/** An analysis either loads, or stops to ask the user something it must not guess. */
export type AnalyseOutcome = { kind: 'loaded'; result: LoadResult } | DateOrderQuestion;

export interface EngineApi {
  /** Resolves once DuckDB has started (files chosen earlier simply wait). */
  whenReady(): Promise<void>;
  loadFile(file: File, onStage: (stage: LoadStage) => void): Promise<LoadResult>;
  loadSample(onStage: (stage: LoadStage) => void): Promise<LoadResult>;
  /** Reads the files' headers and first lines and guesses the mapping; the files stay registered. */
  inspect(files: File[], options: ReadOptions, onProgress: (progress: LoadProgress) => void): Promise<SourcePreview>;
  /** What a mapping makes of the inspected sample: values that would not read, with examples. */
  checkMapping(plan: LoadPlan): Promise<MappingCheck>;
  /** Reads, cleans and aggregates the inspected files with a mapping. */
  analyse(plan: LoadPlan, onStage: (stage: LoadStage) => void, onProgress: (progress: LoadProgress) => void): Promise<AnalyseOutcome>;
  /** The lines left out of the last analysis, with line number and reason, as CSV. */
  rejectedLinesCsv(): Promise<Blob>;
  /** The two reports' lists for a set of thresholds (the tier totals come from LoadResult.tierCells). */
  reports(params: SegmentParams, reportRows: number): Promise<ReportLists>;
  customers(params: SegmentParams, segment: TierId | null, limit: number, offset: number): Promise<CustomerRow[]>;
  /** Fits and validates the purchase models, writes per-customer predictions (prediction-api.ts). */
  predict(params: SegmentParams, settings: PredictionSettings, reportRows: number): Promise<PredictionResult>;
  exportCsv(params: SegmentParams, segment: TierId | null, rfm?: RfmExport): Promise<string>;
  /** Customers and revenue per combination of RFM scores (fixed per file); rule tables are applied to these. */
  rfmCells(): Promise<RfmCell[]>;
  /** What the charts draw and the score boundaries, for a reference date. */
  chartData(referenceDate: string): Promise<ChartData>;
  /** One page of the customer explorer. */
  customerPage(params: SegmentParams, rules: RfmRules, query: CustomerQuery): Promise<CustomerPage>;
  /** One customer's row, invoices and left-out lines. */
  customerDetail(params: SegmentParams, rules: RfmRules, customerId: string): Promise<CustomerDetail>;
}
