import type { Connector } from '../../src/engine/db/connector';
import type { AnalyseOutcome, LoadResult } from '../../src/protocol/load';
import { inspectSources, type FileRegistry, type Inspection, type SourceInput } from '../../src/engine/load/inspect-sources';
import type { ReadOptions } from '../../src/protocol/load';
import { analyseOrders } from '../../src/engine/load/load-orders';
import { tierParams } from './tier-params';
import { segmentCustomers } from '../../src/engine/segments/segment-view';
import type { LoadPlan } from '../../src/model/load/load-plan';
import { nativeConnector, writeFixture } from './native-duckdb';

/** Files made in a test, read the way the worker reads them (bytes for JavaScript, a path for DuckDB). */
export interface Fixture {
  name: string;
  content: string | Buffer;
}

export const FIXTURE_FILES: FileRegistry = {
  register: async ({ path, blob, fileName }) => {
    if (path) return path;
    // A converted copy (a Windows-1252 file as UTF-8) has bytes but no path yet.
    if (blob) return writeFixture(fileName, Buffer.from(await blob.arrayBuffer()));
    throw new Error(`fixture without a path: ${fileName}`);
  },
  registerBytes: async (bytes, fileName) => writeFixture(`${fileName}.csv`, Buffer.from(bytes)),
};

/** Fixtures written to disk, as inputs with both a path (for DuckDB) and bytes (for JavaScript). */
export function fixtureInputs(fixtures: readonly Fixture[]): SourceInput[] {
  return fixtures.map(({ name, content }) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    return { fileName: name, path: writeFixture(name, bytes), blob: new Blob([new Uint8Array(bytes)]) };
  });
}

export async function inspectFixtures(db: Connector, fixtures: readonly Fixture[], options: ReadOptions = {}): Promise<Inspection> {
  return inspectSources(db, FIXTURE_FILES, fixtureInputs(fixtures), options);
}

/** Inspects and analyses fixtures with the detected plan, changed by `adjust`. */
export async function analyseFixtures(
  fixtures: readonly Fixture[],
  adjust: (plan: LoadPlan) => LoadPlan = (plan) => plan,
  options: ReadOptions = {},
): Promise<{ db: Connector; inspection: Inspection; outcome: AnalyseOutcome }> {
  const db = await nativeConnector();
  const inspection = await inspectFixtures(db, fixtures, options);
  const outcome = await analyseOrders(db, inspection, adjust(inspection.preview.detection.plan));
  return { db, inspection, outcome };
}

export function loaded(outcome: AnalyseOutcome): LoadResult {
  if (outcome.kind !== 'loaded') throw new Error(`expected a load, got a question about ${outcome.column}`);
  return outcome.result;
}

/** Every customer's recency, frequency and monetary at the default reference date, by customer id. */
export async function rfmRows(db: Connector, result: LoadResult) {
  const rows = await segmentCustomers(db, await tierParams(db, result.defaultReferenceDate), null, 1000, 0);
  return Object.fromEntries(rows.map((row) => [row.customerId, { recency: row.recencyDays, frequency: row.frequency, monetary: row.monetary }]));
}
