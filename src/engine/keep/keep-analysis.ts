import type { KeptAnalysis } from '../../protocol/keep';
import type { LoadResult, LoadStage } from '../../protocol/load';
import { InputError } from '../../protocol/errors';
import type { Connector } from '../db/connector';
import { aggregateCustomers } from '../load/load-orders';
import { readCustomerColumns } from '../segments/customer-columns';
import type { KeptStore } from './kept-store';
import { KEPT_TABLES, type KeptTable } from './sql/kept-tables';

/**
 * Keeps the loaded analysis on this device and opens it again later without its file. Each kept
 * table is one file, in the form DuckDB reads straight back (an Arrow IPC stream in the browser:
 * every type kept exactly, read at the speed of a copy). The tables go first and the description
 * (`analysis.json`) last, so a kept analysis is complete exactly when its description is there;
 * keeping another analysis first forgets the old one.
 */
const MANIFEST = 'analysis.json';
const tableFile = (table: KeptTable) => `${table}.arrows`;
const TABLES = Object.keys(KEPT_TABLES) as KeptTable[];
export const KEPT_FILES = [...TABLES.map(tableFile), MANIFEST];

/** Raised whenever what is kept changes shape, so an older kept analysis is never misread. */
const FORMAT = 3;

// The customer columns are typed arrays (JSON would turn them into objects of numbers): they are
// read again from the restored tables instead.
type KeptResult = Omit<LoadResult, 'customerColumns'>;

interface Manifest {
  format: number;
  keptAt: string;
  result: KeptResult;
}

/** A table to bytes and back, exactly: the form is the database's business, not this module's. */
export interface KeepDatabase {
  connector: Connector;
  /** The rows a query gives, saved. */
  saveRows(sql: string): Promise<Blob>;
  /** Creates or replaces `table` from what `saveRows` gave. */
  restoreTable(table: KeptTable, saved: Blob): Promise<void>;
}

export async function keepAnalysis(db: KeepDatabase, store: KeptStore, result: LoadResult, now = new Date()): Promise<KeptAnalysis> {
  // A customer table has no order lines to keep; the table itself is the file to keep.
  if (result.source !== 'lines') throw new InputError('An analysis of a customer table is not kept on this device: keep the table file, and drop it again.');
  await store.clear();
  for (const table of TABLES) await store.write(tableFile(table), await db.saveRows(KEPT_TABLES[table]));
  const manifest: Manifest = { format: FORMAT, keptAt: now.toISOString(), result: withoutColumns(result) };
  await store.write(MANIFEST, new Blob([JSON.stringify(manifest)], { type: 'application/json' }));
  return describe(manifest, await store.size());
}

/** The kept analysis, if there is a complete one; `outdated` when this version cannot read it. */
export async function keptAnalysis(store: KeptStore): Promise<KeptAnalysis | null> {
  const file = await store.read(MANIFEST);
  if (!file) return null;
  const manifest = parseManifest(await file.text());
  const bytes = await store.size();
  if (!manifest) return { fileName: 'an analysis', keptAt: '', customers: 0, lines: 0, bytes, outdated: true };
  return describe(manifest, bytes);
}

/** Rebuilds the analysis's tables from what is kept and returns its result, as a load would. */
export async function reopenAnalysis(db: KeepDatabase, store: KeptStore, onStage: (stage: LoadStage) => void): Promise<LoadResult> {
  onStage('reading');
  const manifestFile = await store.read(MANIFEST);
  const manifest = manifestFile && parseManifest(await manifestFile.text());
  const tables = await Promise.all(TABLES.map((table) => store.read(tableFile(table))));
  if (!manifest || tables.includes(null)) throw new InputError('No analysis is kept on this device that this version of the app can open. Choose the file again.');
  for (const [index, table] of TABLES.entries()) await db.restoreTable(table, tables[index]!);
  await aggregateCustomers(db.connector, onStage);
  return { ...manifest.result, customerColumns: await readCustomerColumns(db.connector) };
}

function withoutColumns(result: LoadResult): KeptResult {
  const kept: Partial<LoadResult> = { ...result };
  delete kept.customerColumns;
  return kept as KeptResult;
}

function describe({ keptAt, result }: Manifest, bytes: number): KeptAnalysis {
  return { fileName: result.fileName, keptAt, customers: result.customers, lines: result.counts.rows, bytes, outdated: false };
}

function parseManifest(text: string): Manifest | null {
  try {
    const manifest = JSON.parse(text) as Partial<Manifest>;
    return manifest.format === FORMAT && manifest.result && typeof manifest.keptAt === 'string' ? (manifest as Manifest) : null;
  } catch {
    return null;
  }
}
