import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import * as arrow from 'apache-arrow';
import type { Connector, Row, SqlValue, TableColumns } from './connector';
import { arrowColumns } from './arrow-columns';
import { doubleVector, utf8Vector } from './arrow-vectors';
import { plainRow } from './plain-rows';
import { withQueryError } from './query-error';
import { quoteIdentifier } from './identifiers';
import { StatementCache } from './statement-cache';
import { USE_COMPRESSED_MEMORY } from './compressed-memory';

/**
 * DuckDB-WASM from the app's own origin: the bundles are emitted by Vite next to the app, never
 * fetched from a CDN. Only the single-threaded bundles are offered, because the threaded one needs
 * COOP/COEP headers that static hosts such as GitHub Pages cannot send.
 */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl },
  eh: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
};

export interface WasmDatabase {
  connector: Connector;
  /** Lets DuckDB read the file from disk in slices; it is never copied whole into memory. */
  registerFile(name: string, file: File): Promise<void>;
  registerText(name: string, text: string): Promise<void>;
  /** Hands bytes made in the worker (an Excel sheet as CSV) to DuckDB; the buffer is transferred. */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** A query's rows (a statement fixed in code) as an Arrow IPC stream: the values are never decoded here. */
  queryToIpc(sql: string): Promise<Uint8Array>;
  /** Creates or replaces table `name` (a name fixed in code) from an Arrow IPC stream. */
  tableFromIpc(name: string, stream: Uint8Array): Promise<void>;
  /** Reports the running query's progress (0–1; for a file scan, the share of bytes read). */
  onProgress(listener: ((fraction: number) => void) | null): void;
}

/**
 * Starts DuckDB in its own worker; `onCrash` fires if that worker dies (e.g. out of memory). The
 * `engine:` performance marks are the start-up's stages, read by the benchmark (scripts/bench/start-run.ts).
 */
export async function startDuckDB(onCrash: (message: string) => void): Promise<WasmDatabase> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(new URL(bundle.mainWorker!, self.location.href).href);
  performance.mark('engine:duckdb-worker-created');
  worker.addEventListener('error', (event) => onCrash(event.message || 'the database worker stopped'));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(bundle.mainModule, self.location.href).href);
  performance.mark('engine:instantiated');
  const connection = await db.connect();
  performance.mark('engine:connected');
  // DuckDB would fetch missing extensions from its servers; nothing may leave this origin, so it is
  // told not to (the CSP would block it anyway, with a less helpful error). Its progress bar is
  // shown by posting the percentage done (for a CSV scan: bytes read) to us. The tables go to the
  // compressed database (compressed-memory.ts). One round trip for all of it.
  await connection.query(
    'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; ' +
      'SET enable_progress_bar = true; SET enable_progress_bar_print = true; SET progress_bar_time = 0;' +
      USE_COMPRESSED_MEMORY,
  );
  performance.mark('engine:configured');
  let progressListener: ((fraction: number) => void) | null = null;
  worker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; data?: { percentage?: number } } | null;
    if (data?.type === 'PROGRESS_UPDATE' && progressListener) progressListener(Math.min(1, Math.max(0, Number(data.data?.percentage ?? 0) / 100)));
  });
  return {
    connector: wasmConnector(connection),
    registerFile: (name, file) => db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true),
    registerText: async (name, text) => {
      await db.registerFileText(name, text);
    },
    registerBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    // DuckDB answers a query in Arrow's file format; its reader of IPC streams wants the stream
    // format, so the batches are re-framed (their buffers are not decoded).
    queryToIpc: (sql) =>
      withQueryError(sql, async () => arrow.tableToIPC(arrow.tableFromIPC(await connection.useUnsafe((bindings, id) => bindings.runQuery(id, sql))), 'stream')),
    tableFromIpc: async (name, stream) => {
      await connection.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
      await connection.insertArrowFromIPCStream(stream, { name, create: true });
    },
    onProgress: (listener) => {
      progressListener = listener;
    },
  };
}

function wasmConnector(connection: duckdb.AsyncDuckDBConnection): Connector {
  const statements = new StatementCache(connection);
  return {
    query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      return withQueryError(sql, async () => tableRows(params.length === 0 ? await connection.query(sql) : await statements.query(sql, params)));
    },
    queryColumns(sql: string, params: readonly SqlValue[] = []): Promise<TableColumns> {
      return withQueryError(sql, async () => arrowColumns(params.length === 0 ? await connection.query(sql) : await statements.query(sql, params)));
    },
    // The build without threads (see BUNDLES): one thread runs every statement.
    sequential: true,
    async writeTable(name: string, columns: TableColumns): Promise<void> {
      await connection.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
      await connection.insertArrowTable(arrowTable(columns), { name, create: true });
    },
  };
}

/** Columns as an Arrow table (arrow-vectors.ts): numbers are used in place, text written in one pass. */
function arrowTable(columns: TableColumns): arrow.Table {
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([column, values]) => [column, values instanceof Float64Array ? doubleVector(values) : utf8Vector(values)]),
  );
  return new arrow.Table(vectors);
}

function tableRows<T extends Row>(table: { numRows: number; schema: { fields: { name: string }[] }; getChildAt(i: number): { get(row: number): unknown } | null }): T[] {
  const columns = table.schema.fields.map((field) => field.name);
  const vectors = columns.map((_, index) => table.getChildAt(index)!);
  const rows: T[] = new Array(table.numRows);
  for (let row = 0; row < table.numRows; row++) {
    rows[row] = plainRow(columns, vectors.map((vector) => vector.get(row))) as T;
  }
  return rows;
}
