/**
 * The database every table of the app lives in: in memory, like DuckDB's own, but compressed once it
 * is large. DuckDB keeps the tables of its default in-memory database as they are written; one
 * attached with COMPRESS is compressed at each checkpoint, which DuckDB runs once this much has been
 * written since the last. The order lines of a 6,000,000-line file take 1.1 GB as written and
 * 0.15 GB compressed, and WebAssembly memory never shrinks: what the lines leave free is what every
 * later query (reports, the predictions' histories, the campaigns' facts) reuses instead of growing it.
 *
 * Compressing costs time (a checkpoint at the end of the read: about a tenth of the load of a
 * 541,909-line file), so small files are left as written: below this, memory is not what limits a
 * load. Above it (some 2.5 million lines), the lines are compressed as soon as they are read.
 */
export const COMPRESS_AFTER = '512MB';

export const WORKING_DATABASE = 'packed';

/** Attaches the compressed database and makes it the connection's default, before any table is made. */
export const USE_COMPRESSED_MEMORY = `
  ATTACH ':memory:' AS ${WORKING_DATABASE} (COMPRESS);
  USE ${WORKING_DATABASE};
  SET checkpoint_threshold = '${COMPRESS_AFTER}';`;
