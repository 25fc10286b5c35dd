import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../src/engine/load/warm-up';
import { nativeConnector } from '../../support/native-duckdb';
import { FIXTURE_FILES } from '../../support/load-fixture';

async function tableNames(db: Awaited<ReturnType<typeof nativeConnector>>): Promise<string[]> {
  return (await db.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables()')).map((row) => row.name);
}

describe('the warm-up while the page waits for a file', () => {
  it('reads and adds up its made-up file every round, then leaves no table and no registered file behind', async () => {
    const db = await nativeConnector();
    const dropped: string[] = [];
    const queries: string[] = [];
    const counting = { ...db, query: (sql: string, params?: readonly unknown[]) => (queries.push(sql), db.query(sql, params as never)) } as typeof db;
    const rounds = await warmUp({ connector: counting, registry: FIXTURE_FILES, drop: async (name) => void dropped.push(name) }, () => false);
    expect(rounds).toBe(4);
    expect(queries.filter((sql) => sql.includes('CREATE OR REPLACE TABLE warm_up_lines'))).toHaveLength(4);
    expect(await tableNames(db)).not.toContain('warm_up_lines');
    expect(dropped).toHaveLength(1);
  });

  it('reads the made-up lines as a load would: most are kept, for hundreds of customers', async () => {
    const db = await nativeConnector();
    const kept: number[] = [];
    const watching = {
      ...db,
      query: async (sql: string, params?: readonly unknown[]) => {
        const rows = await db.query(sql, params as never);
        if (sql.includes('FROM warm_up_lines WHERE reason')) kept.push((rows[0] as { customers: number }).customers);
        return rows;
      },
    } as typeof db;
    await warmUp({ connector: watching, registry: FIXTURE_FILES, drop: async () => {} }, () => false);
    expect(kept).toHaveLength(4);
    expect(kept.every((customers) => customers > 100)).toBe(true);
  });

  it('stops before its next round once a file is chosen, and does nothing when one was chosen already', async () => {
    const db = await nativeConnector();
    let reads = 0;
    const counting = {
      ...db,
      query: (sql: string, params?: readonly unknown[]) => {
        if (sql.includes('CREATE OR REPLACE TABLE warm_up_lines')) reads++;
        return db.query(sql, params as never);
      },
    } as typeof db;
    expect(await warmUp({ connector: counting, registry: FIXTURE_FILES, drop: async () => {} }, () => reads >= 1)).toBe(1);
    expect(await warmUp({ connector: counting, registry: FIXTURE_FILES, drop: async () => {} }, () => true)).toBe(0);
    expect(await tableNames(db)).not.toContain('warm_up_lines');
  });
});
