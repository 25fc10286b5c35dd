import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { reserveMemory, reservePieces } from '../../../src/engine/db/memory-reserve';
import { nativeConnector } from '../../support/native-duckdb';

/** The connector, counting the pieces made, and the tables there are now. */
async function watched(): Promise<{ db: Connector; made: () => number; tables: () => Promise<string[]> }> {
  const native = await nativeConnector();
  let made = 0;
  const db: Connector = {
    ...native,
    query: (sql, params) => {
      if (sql.includes('memory_reserve_') && sql.startsWith('CREATE')) made++;
      return native.query(sql, params);
    },
  };
  const tables = async () => (await native.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() ORDER BY name')).map((row) => row.name);
  return { db, made: () => made, tables };
}

describe('the memory reserved while the page waits for a file', () => {
  it('is made in pieces and dropped again, leaving no table behind', async () => {
    const { db, made, tables } = await watched();
    await db.query('CREATE TABLE order_lines AS SELECT 1 AS line');
    expect(await reserveMemory(db, 3, () => false)).toBe(3);
    expect(made()).toBe(3);
    expect(await tables()).toEqual(['order_lines']);
  });

  it('stops before its next piece once a file is chosen, and drops what it made', async () => {
    const { db, made, tables } = await watched();
    expect(await reserveMemory(db, 4, () => made() >= 1)).toBe(1);
    expect(await reserveMemory(db, 4, () => true)).toBe(0);
    expect(made()).toBe(1);
    expect(await tables()).toEqual([]);
  });

  it('drops the pieces made when a statement fails', async () => {
    const { db, tables } = await watched();
    let statements = 0;
    const failing: Connector = {
      ...db,
      query: (sql, params) => (++statements === 2 ? Promise.reject(new Error('out of memory')) : db.query(sql, params)),
    };
    await expect(reserveMemory(failing, 4, () => false)).rejects.toThrow('out of memory');
    expect(await tables()).toEqual([]);
  });

  it('follows the device’s memory, and reserves none where the browser does not tell', () => {
    expect([undefined, 0.5, 2, 3.9, Number.NaN].map(reservePieces)).toEqual([0, 0, 0, 0, 0]);
    expect(reservePieces(4)).toBe(2);
    expect(reservePieces(8)).toBe(4);
    expect(reservePieces(4)).toBeLessThan(reservePieces(8));
  });
});
