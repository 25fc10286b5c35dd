import type { Connector } from './connector';

/**
 * The database every table of the app lives in: in memory, like DuckDB's own, but compressible.
 * DuckDB keeps the tables of its default in-memory database as they are written; one attached with
 * COMPRESS is compressed at a checkpoint. The order lines of a 6,000,000-line file take 1.1 GB as
 * written and 0.15 GB compressed, and WebAssembly memory never shrinks: what the lines leave free is
 * what the work after a load (the predictions' histories, the campaigns' facts) reuses instead of
 * growing it, and without it that work took the engine from 1.5 to 2.0 GB.
 *
 * Compressing costs time (a sixth of the load of that file), so DuckDB is told never to do it by
 * itself at the end of the read, where it would delay the results; the worker asks for it when the
 * work that follows the load begins (`compressLargeTables`), and only when the tables are large:
 * below that, memory is not what limits a load.
 */
export const WORKING_DATABASE = 'packed';

const COMPRESS_ABOVE_BYTES = 512 * 2 ** 20;

/** Attaches the compressed database and makes it the connection's default, before any table is made. */
export const USE_COMPRESSED_MEMORY = `
  ATTACH ':memory:' AS ${WORKING_DATABASE} (COMPRESS);
  USE ${WORKING_DATABASE};
  SET checkpoint_threshold = '1TB';`;

const TABLE_BYTES = `SELECT memory_usage_bytes::DOUBLE AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'`;

/** Compresses the tables written since the last time, if they take more than COMPRESS_ABOVE_BYTES. */
export async function compressLargeTables(db: Connector, aboveBytes = COMPRESS_ABOVE_BYTES): Promise<boolean> {
  const [tables] = await db.query<{ bytes: number }>(TABLE_BYTES);
  if ((tables?.bytes ?? 0) <= aboveBytes) return false;
  await db.query(`CHECKPOINT ${WORKING_DATABASE}`);
  return true;
}
