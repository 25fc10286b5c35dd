/**
 * How a measure is binned for its histogram. Skewed measures (the largest value at least ten times
 * the median, all values positive) get five bins per decade on a log scale; others get about 30 bins
 * of a round width. The engine counts customers per bin in SQL with this plan; `binEdges` turns a bin
 * number back into its range.
 */
export interface MeasureStats {
  min: number;
  median: number;
  max: number;
}

export interface BinPlan {
  log: boolean;
  /** In log10 units on a log scale. */
  origin: number;
  width: number;
}

export const LOG_BINS_PER_DECADE = 5;
const TARGET_LINEAR_BINS = 30;
const SKEW_RATIO = 10;

export function isSkewed({ min, median, max }: MeasureStats): boolean {
  return min > 0 && median > 0 && max / median >= SKEW_RATIO;
}

export function planBins(stats: MeasureStats, { allowLog, whole }: { allowLog: boolean; whole: boolean }): BinPlan {
  if (allowLog && isSkewed(stats)) {
    const width = 1 / LOG_BINS_PER_DECADE;
    return { log: true, origin: Math.floor(Math.log10(stats.min) / width + 1e-9) * width, width };
  }
  const width = roundWidth((stats.max - stats.min) / TARGET_LINEAR_BINS, whole);
  return { log: false, origin: Math.floor(stats.min / width) * width, width };
}

/** 1, 2 or 5 × a power of ten, at least `raw`; at least 1 for whole-number measures. */
export function roundWidth(raw: number, whole: boolean): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw * (1 - 1e-9)) ?? 10 * power;
  return whole ? Math.max(1, Math.round(step)) : step;
}

export function binEdges(plan: BinPlan, bin: number): { x0: number; x1: number } {
  const start = plan.origin + bin * plan.width;
  const end = start + plan.width;
  return plan.log ? { x0: round(10 ** start), x1: round(10 ** end) } : { x0: round(start), x1: round(end) };
}

/** Trims binary noise (0.30000000000000004) so edges read and compare cleanly. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
