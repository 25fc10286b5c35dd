import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SourceInput } from '../../src/engine/load/inspect-sources';
import type { Connector } from '../../src/engine/db/connector';
import { exportCustomersCsv } from '../../src/engine/export/export-customers';
import { LoadSession, loadedResult } from '../../src/engine/load/load-session';
import { Predictor } from '../../src/engine/predict/predictor';
import { addDays } from '../../src/model/shared/iso-date';
import type { LoadResult } from '../../src/protocol/load';
import type { PredictionResult } from '../../src/protocol/predict';
import { FIXTURE_FILES } from './load-fixture';
import { nativeConnector } from './native-duckdb';

/** Files on disk loaded as the worker loads them: order lines, or a customer table and its cleaning report. */
export interface Loaded {
  db: Connector;
  session: LoadSession;
  result: LoadResult;
}

export async function loadPaths(paths: readonly string[]): Promise<Loaded> {
  return loadInputs(paths.map((path) => ({ fileName: basename(path), path })));
}

/** The files as a browser hands them over: bytes only, so JavaScript reads what it can (a Parquet customer table). */
export async function loadChosen(paths: readonly string[]): Promise<Loaded> {
  return loadInputs(paths.map((path) => ({ fileName: basename(path), blob: new Blob([new Uint8Array(readFileSync(path))]) })));
}

async function loadInputs(inputs: SourceInput[]): Promise<Loaded> {
  const db = await nativeConnector();
  const session = new LoadSession({ connector: db, registry: FIXTURE_FILES, drop: async () => {}, onQueryProgress: () => {} });
  const preview = await session.inspect(inputs, {}, () => {});
  const outcome = await session.analyse(preview.detection.plan, () => {}, () => {});
  return { db, session, result: loadedResult(outcome) };
}

/** The page's defaults: the default reference date, 80th percentile, 90 active days, the last 90 days held out. */
export function defaultRequest(result: LoadResult) {
  return {
    segment: { referenceDate: result.defaultReferenceDate, valuePercentile: 80, activeDays: 90 },
    settings: { calibrationEnd: addDays(result.lastDate, -90), unit: 'weeks' as const, monthlyDiscountRate: 0.01 },
  };
}

/** Predictions with the page's defaults, then every customer exported with tiers, scores and predictions. */
export async function predictAndExport({ db, session, result }: Loaded): Promise<{ prediction: PredictionResult; csv: string }> {
  const { segment, settings } = defaultRequest(result);
  await session.customerHistories();
  const prediction = await new Predictor(db, () => session.source()).predict(segment, settings, 50);
  const csv = await exportCustomersCsv(db, segment, null);
  return { prediction, csv };
}
