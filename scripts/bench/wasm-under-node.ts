/**
 * DuckDB-WASM under Node, set up as the app's worker sets it up (one thread, the compressed in-memory
 * database), behind the app's Connector: the same statements a load runs in Chromium, where the
 * WebAssembly memory they need can be read after each one. WebAssembly memory never shrinks, so
 * its size after a statement is the most any statement so far has needed.
 */
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as arrow from 'apache-arrow';
import { arrowColumns } from '../../src/engine/db/arrow-columns';
import type { Connector, Row, SqlValue, TableColumns } from '../../src/engine/db/connector';
import { USE_COMPRESSED_MEMORY } from '../../src/engine/db/compressed-memory';
import { plainRow } from '../../src/engine/db/plain-rows';
import { withQueryError } from '../../src/engine/db/query-error';

export interface StatementMemory {
  sql: string;
  ms: number;
  bytesBefore: number;
  bytesAfter: number;
}

export interface WasmUnderNode {
  connector: Connector;
  /** The WebAssembly memory's size now. */
  memoryBytes(): number;
  /** Lets DuckDB read a file on disk by the name `name`, as the page registers a chosen file. */
  registerPath(name: string, path: string): void;
}

type ArrowTable = { numRows: number; schema: { fields: { name: string }[] }; getChildAt(index: number): { get(row: number): unknown } | null };

export async function startWasmUnderNode(onStatement: (statement: StatementMemory) => void): Promise<WasmUnderNode> {
  const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({});
  const connection = db.connect();
  connection.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;' + USE_COMPRESSED_MEMORY);
  // The module is emscripten's, whose types the package leaves to @types/emscripten (not installed).
  const heap = () => (db.mod as unknown as { HEAPU8: Uint8Array }).HEAPU8;
  const memoryBytes = () => heap().buffer.byteLength;
  const run = (sql: string, params: readonly SqlValue[]): ArrowTable => {
    if (params.length === 0) return connection.query(sql) as unknown as ArrowTable;
    const statement = connection.prepare(sql);
    try {
      return statement.query(...params) as unknown as ArrowTable;
    } finally {
      statement.close();
    }
  };
  const timed = async <T>(sql: string, params: readonly SqlValue[], read: (table: ArrowTable) => T): Promise<T> =>
    withQueryError(sql, async () => {
      const [bytesBefore, started] = [memoryBytes(), performance.now()];
      const table = run(sql, params);
      onStatement({ sql, ms: performance.now() - started, bytesBefore, bytesAfter: memoryBytes() });
      return read(table);
    });
  const query = <T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> => timed(sql, params, (table) => rowsOf<T>(table));
  // The worker reads whole columns with the same reader (duckdb-wasm.ts).
  const queryColumns = (sql: string, params: readonly SqlValue[] = []): Promise<TableColumns> =>
    timed(sql, params, (table) => arrowColumns(table as unknown as arrow.Table));
  const unsupported = async (): Promise<never> => {
    throw new Error('invalid call: this connector does not write tables from columns');
  };
  return {
    connector: { query, queryColumns, writeTable: unsupported },
    memoryBytes,
    registerPath: (name, path) => db.registerFileURL(name, path, duckdb.DuckDBDataProtocol.NODE_FS, true),
  };
}

function rowsOf<T extends Row>(table: ArrowTable): T[] {
  const columns = table.schema.fields.map((field) => field.name);
  const vectors = columns.map((_, index) => table.getChildAt(index)!);
  return Array.from({ length: table.numRows }, (_, row) => plainRow(columns, vectors.map((vector) => vector.get(row))) as T);
}
