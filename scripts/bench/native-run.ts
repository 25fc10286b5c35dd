/**
 * The same SQL pipeline on native DuckDB (@duckdb/node-api): the yardstick that separates "the SQL
 * is slow" from "the browser makes it slow".
 */
import { basename } from 'node:path';
import type { LoadStage } from '../../src/protocol/load';

/** The load's stages, then the tiers and the report lists worked out after it. */
type NativeStage = LoadStage | 'segmenting';
import { loadOrders } from '../../src/engine/load/load-orders';
import { segmentView } from '../../src/engine/segments/segment-view';
import { DEFAULT_TIER_RULES } from '../../src/model/segments/tier-rules/presets';
import { REPORT_ROWS } from '../../src/ui/segments/use-tier-view';
import { nativeConnector } from '../../test/support/native-duckdb';
import { median } from './sampling';

/** Above this, one run: a 6M-line file takes long enough that its noise is small anyway. */
const SINGLE_RUN_FROM_LINES = 5_000_000;

export interface NativeRun {
  totalMs: number;
  /** Milliseconds spent in each stage, in the order the app reports them. */
  stageMs: Partial<Record<NativeStage, number>>;
  tierCustomers: Record<string, number>;
}

export interface NativeResult {
  medianMs: number;
  runs: NativeRun[];
  /** The run whose total is the median (or nearest to it), for the stage breakdown. */
  typical: NativeRun;
}

export function nativeRunsFor(lines: number): number {
  return lines >= SINGLE_RUN_FROM_LINES ? 1 : 3;
}

export async function measureNative(filePath: string, runs: number): Promise<NativeResult> {
  const results: NativeRun[] = [];
  for (let run = 0; run < runs; run++) results.push(await runOnce(filePath));
  const medianMs = median(results.map((result) => result.totalMs));
  const typical = results.reduce((best, result) =>
    Math.abs(result.totalMs - medianMs) < Math.abs(best.totalMs - medianMs) ? result : best,
  );
  return { medianMs, runs: results, typical };
}

/** A fresh in-memory database each time, so no run profits from an earlier one's tables. */
async function runOnce(filePath: string): Promise<NativeRun> {
  const db = await nativeConnector();
  const stages = new StageClock();
  const loaded = await loadOrders(db, { source: filePath, fileName: basename(filePath) }, (stage) => stages.enter(stage));
  stages.enter('segmenting');
  const view = await segmentView(db, DEFAULT_TIER_RULES, loaded.defaultReferenceDate, REPORT_ROWS);
  const { totalMs, stageMs } = stages.finish();
  return { totalMs, stageMs, tierCustomers: Object.fromEntries(view.totals.map((row) => [row.segment, row.customers])) };
}

/** Time per stage, where entering a stage ends the previous one. */
class StageClock {
  private readonly startedAt = performance.now();
  private current: { stage: NativeStage; since: number } | undefined;
  private readonly stageMs: Partial<Record<NativeStage, number>> = {};

  enter(stage: NativeStage): void {
    this.closeCurrent();
    this.current = { stage, since: performance.now() };
  }

  finish(): { totalMs: number; stageMs: Partial<Record<NativeStage, number>> } {
    this.closeCurrent();
    return { totalMs: performance.now() - this.startedAt, stageMs: this.stageMs };
  }

  private closeCurrent(): void {
    if (!this.current) return;
    const { stage, since } = this.current;
    this.stageMs[stage] = (this.stageMs[stage] ?? 0) + performance.now() - since;
    this.current = undefined;
  }
}
