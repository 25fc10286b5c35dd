import type { OrderLayout } from '../model/order-layouts';
import type { TierId } from '../model/tiers';
import type { CleaningCounts, UnreadableDetail } from '../model/cleaning';

/** Shapes that cross the worker boundary: plain objects only (no Arrow tables, no classes). */
export type { CleaningCounts, UnreadableDetail };

export interface LoadResult {
  fileName: string;
  layout: OrderLayout;
  encoding: 'UTF-8' | 'Latin-1';
  counts: CleaningCounts;
  unreadable: UnreadableDetail[];
  customers: number;
  firstDate: string;
  lastDate: string;
  /** The day after the latest kept invoice, YYYY-MM-DD. */
  defaultReferenceDate: string;
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

export interface SegmentTotals {
  segment: TierId;
  customers: number;
  revenue: number;
}

export interface SegmentView {
  params: SegmentParams;
  valueThreshold: number;
  totals: SegmentTotals[];
  /** At-Risk Whales, biggest first (first page). */
  revenueLeak: CustomerRow[];
  /** Champions, biggest first (first page). */
  marginProtection: CustomerRow[];
}

export type LoadStage = 'starting' | 'reading' | 'cleaning' | 'aggregating' | 'segmenting';

export interface EngineApi {
  /** Resolves once DuckDB has started (files chosen earlier simply wait). */
  whenReady(): Promise<void>;
  loadFile(file: File, onStage: (stage: LoadStage) => void): Promise<LoadResult>;
  loadSample(onStage: (stage: LoadStage) => void): Promise<LoadResult>;
  segment(params: SegmentParams, reportRows: number): Promise<SegmentView>;
  customers(params: SegmentParams, segment: TierId | null, limit: number, offset: number): Promise<CustomerRow[]>;
  exportCsv(params: SegmentParams, segment: TierId | null): Promise<string>;
}
