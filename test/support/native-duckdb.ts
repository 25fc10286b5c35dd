import { DuckDBInstance, DuckDBTypeId, type DuckDBValue } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connector, Row, SqlValue, TableColumns } from '../../src/engine/db/connector';
import { plainRow, plainValue } from '../../src/engine/db/plain-rows';
import { withQueryError } from '../../src/engine/db/query-error';
import { quoteIdentifier } from '../../src/engine/db/identifiers';

/**
 * The app's Connector over native DuckDB, so SQL tests run the very statements the worker runs.
 * `oneThread`: one thread runs every statement, as in the worker (Connector.sequential).
 */
export async function nativeConnector({ oneThread = false } = {}): Promise<Connector> {
  const instance = await DuckDBInstance.create(':memory:', oneThread ? { threads: '1' } : {});
  const connection = await instance.connect();
  const oneAtATime = serialized();
  return {
    sequential: oneThread,
    query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      return oneAtATime(() => withQueryError(sql, async () => {
        const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
        const columns = reader.columnNames();
        return reader.getRowsJS().map((values) => plainRow(columns, values) as T);
      }));
    },
    queryColumns(sql: string, params: readonly SqlValue[] = []): Promise<TableColumns> {
      return oneAtATime(() => withQueryError(sql, async () => {
        const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
        const names = reader.columnNames();
        return Object.fromEntries(
          reader.getColumnsJS().map((values, index) => [names[index], nativeColumn(names[index], values, reader.columnTypeId(index) === DuckDBTypeId.VARCHAR)]),
        );
      }));
    },
    writeTable: (name: string, columns: TableColumns) => oneAtATime(() => writeTable(name, columns)),
  };

  async function writeTable(name: string, columns: TableColumns): Promise<void> {
    const entries = Object.entries(columns);
    const definition = entries.map(([column, values]) => `${quoteIdentifier(column)} ${Array.isArray(values) ? 'VARCHAR' : 'DOUBLE'}`);
    await connection.run(`CREATE OR REPLACE TABLE ${quoteIdentifier(name)} (${definition.join(', ')})`);
    const appender = await connection.createAppender(name);
    const rows = entries.length ? entries[0][1].length : 0;
    for (let row = 0; row < rows; row++) {
      for (const [, values] of entries) {
        const value = values[row];
        if (typeof value === 'string') appender.appendVarchar(value);
        else if (value === null || Number.isNaN(value)) appender.appendNull();
        else appender.appendDouble(value);
      }
      appender.endRow();
    }
    appender.closeSync();
  }
}

/**
 * Runs one statement at a time, as DuckDB-WASM does in the worker (its worker answers one message
 * after another): one native connection given two statements at once may fail either.
 */
function serialized() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = last.then(work, work);
    last = next.catch(() => undefined);
    return next;
  };
}

/** A column as the app's connector gives it (engine/db/arrow-columns.ts), with the same refusals. */
function nativeColumn(name: string, values: readonly unknown[], text: boolean): Float64Array | (string | null)[] {
  const plain = values.map((value) => plainValue(name, value));
  if (text) return plain as (string | null)[];
  if (plain.some((value) => typeof value !== 'number' && value !== null)) throw new Error(`invalid value in column ${name}: cast it to DOUBLE or VARCHAR in SQL`);
  return Float64Array.from(plain, (value) => (value === null ? Number.NaN : (value as number)));
}

/** Writes a fixture made in code to a temporary file and returns its path. */
export function writeFixture(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'retention-')), name);
  writeFileSync(path, text);
  return path;
}
