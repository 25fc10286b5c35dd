/**
 * The background prediction run's own timings, as the predictions panel reports them (measured in
 * the worker around each part, so they leave out waiting in the queue and React's drawing).
 */
import type { Page } from 'playwright-core';

const PANEL = '[data-testid="predictions"]';
/** A 100,000-customer file fits well within this; a much larger one is only reported. */
const PREDICTIONS_LIMIT_MS = 600_000;

export interface PredictionTimings {
  /** The whole run: SQL, validation fit, classifier, all-data fit, predictions written. */
  totalMs: number;
  /** BG/NBD and Gamma-Gamma: the validation fit plus the fit on all customers. */
  fitMs: number;
  historiesMs: number;
  classifierMs: number;
  /** Per-customer predictions computed and written to DuckDB. */
  writeMs: number;
}

/** Waits for the first run to finish, then reads its timings. */
export async function waitForPredictions(page: Page): Promise<PredictionTimings> {
  const panel = await page.waitForSelector(`${PANEL}[data-state="ready"]`, { timeout: PREDICTIONS_LIMIT_MS });
  const read = async (name: string) => Number((await panel.getAttribute(`data-${name}-ms`)) ?? Number.NaN);
  return {
    totalMs: await read('duration'),
    fitMs: await read('fit'),
    historiesMs: await read('histories'),
    classifierMs: await read('classifier'),
    writeMs: await read('predictions'),
  };
}
