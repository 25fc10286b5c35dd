/**
 * The load half of the report: per file, the app's and the bare engine's medians, their ratio
 * against the target, native DuckDB, the threaded builds where the page was isolated, and where
 * the app's time went, stage by stage, as its worker measured it.
 */
import type { LoadRun } from './load-runs';
import { median } from './sampling';

/** The app may take at most this many times the bare engine on the same file in the same run. */
export const LOAD_RATIO_TARGET = 1.5;

export interface LoadSeries {
  app: LoadRun[];
  bare: LoadRun[];
  /** The bare engine cross-origin isolated: DuckDB's threaded build; empty when not measured. */
  bareIsolated: LoadRun[];
}

export interface LoadSummary {
  appMs: number;
  bareMs: number;
  ratio: number;
  bareIsolatedMs: number;
}

export function summariseLoads(series: LoadSeries): LoadSummary {
  const wall = (runs: LoadRun[]) => (runs.length ? median(runs.map((run) => run.wallMs)) : NaN);
  const appMs = wall(series.app);
  const bareMs = wall(series.bare);
  return { appMs, bareMs, ratio: appMs / bareMs, bareIsolatedMs: wall(series.bareIsolated) };
}

/** The stages in the order a load runs them (protocol/load.ts LoadTimingStage). */
const APP_STAGES: Record<string, string> = {
  register: 'file registration',
  scan: 'encoding scan',
  convert: 'conversion',
  preview: 'first lines',
  read: 'reading + parsing dates and numbers',
  settle: 'settling separator/date order/amounts',
  details: 'hash and product of each line',
  count: 'cleaning counts',
  customers: 'customer table with scores',
  scores: 'segment macros',
  cells: 'tier and RFM cells',
};

/** The run whose wall time is the median (or nearest to it). */
export function typicalRun(runs: readonly LoadRun[]): LoadRun | undefined {
  if (runs.length === 0) return undefined;
  const middle = median(runs.map((run) => run.wallMs));
  return runs.reduce((best, run) => (Math.abs(run.wallMs - middle) < Math.abs(best.wallMs - middle) ? run : best));
}

/**
 * The app's stages: the worker's, then what the page took besides them (the tiers worked out from
 * the customer columns, messages between the worker and the page), from the page's own duration,
 * which ends when the page has its answer. The page also times the tiers drawn and the rest of the
 * results after them; the wall time, taken outside, ends with the tiers (~15 ms of Playwright's round trip).
 */
export function formatAppStages(run: LoadRun): string {
  const known = Object.keys(APP_STAGES).filter((stage) => run.stagesMs[stage] !== undefined);
  const workerMs = known.reduce((sum, stage) => sum + run.stagesMs[stage], 0);
  const parts = known.map((stage) => `${APP_STAGES[stage]} ${Math.round(run.stagesMs[stage])}`);
  parts.push(`page's own work ${Math.round(run.pageMs - workerMs)}`);
  const drawn = run.drawnMs ? `; in the page, tiers drawn at ${Math.round(run.drawnMs.tiers)}, the rest below them at ${Math.round(run.drawnMs.rest)}` : '';
  return `${parts.join(', ')} (ms; page ${Math.round(run.pageMs)}${drawn}; drawn, timed outside the page, at ${Math.round(run.wallMs)})`;
}

export function formatBareStages(run: LoadRun): string {
  const parts = Object.entries(run.stagesMs).map(([stage, ms]) => `${stage} ${Math.round(ms)}`);
  return `${parts.join(', ')} (ms; page ${Math.round(run.pageMs)}, wall ${Math.round(run.wallMs)}; found ${run.found})`;
}

export function formatWalls(runs: readonly LoadRun[]): string {
  return runs.map((run) => (run.wallMs / 1000).toFixed(2)).join(', ');
}
