import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connector, Row, SqlValue } from '../../src/engine/connector';
import { plainRow } from '../../src/engine/plain-rows';

/** The app's Connector over native DuckDB, so SQL tests run the very statements the worker runs. */
export async function nativeConnector(): Promise<Connector> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    async query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
      const columns = reader.columnNames();
      return reader.getRowsJS().map((values) => plainRow(columns, values) as T);
    },
  };
}

/** Writes a fixture made in code to a temporary file and returns its path. */
export function writeFixture(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'retention-')), name);
  writeFileSync(path, text);
  return path;
}
