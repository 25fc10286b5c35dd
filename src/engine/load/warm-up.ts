import { sampleOrdersCsv } from '../../model/sample-data/sample-orders';
import type { Connector } from '../db/connector';
import { inspectSources, type FileRegistry } from './inspect-sources';
import { sampleDateSpec } from './read-orders';
import { orderLinesSql } from './sql/mapped-lines';

/**
 * DuckDB's WebAssembly starts in V8's baseline tier: its hot functions (the CSV scan, the string and
 * date functions, hashing, the aggregates) are optimised only once they have run a while, on a
 * background thread. A user's first file paid for that: its read took about twice what the same
 * read takes once warm. While the page waits for a file, the engine reads a small made-up order file
 * with the very statement a load uses and adds it up, so the user's file meets optimised code.
 *
 * The work is cut into pieces, and `shouldStop` is asked before each: a file chosen meanwhile waits
 * for one piece at most. Nothing of it is kept: its own table, its own registered file, both dropped.
 */
export interface WarmUpEngine {
  connector: Connector;
  registry: FileRegistry;
  drop(name: string): Promise<void>;
}

const WARM_UP_LINES = 12_000;
const WARM_UP_ROUNDS = 4;
const WARM_UP_TABLE = 'warm_up_lines';

/** Adds the made-up lines up as a load's customer table does: per customer, with distinct invoices and lines. */
const WARM_UP_TOTALS = `
  SELECT count(*)::INTEGER AS customers FROM (
    SELECT customer_id, count(DISTINCT invoice) AS invoices, sum(quantity * unit_price) AS spend,
           min(invoiced_at) AS first_at, max(invoiced_at) AS last_at, count(DISTINCT line_hash) AS lines
    FROM ${WARM_UP_TABLE} WHERE reason = 'kept' GROUP BY customer_id ORDER BY spend DESC)`;

/** Returns how many rounds ran (fewer when stopped). A failure is the caller's to ignore: it only costs speed. */
export async function warmUp({ connector, registry, drop }: WarmUpEngine, shouldStop: () => boolean): Promise<number> {
  if (shouldStop()) return 0;
  const file = new File([sampleOrdersCsv({ lines: WARM_UP_LINES, customers: 400, seed: 7 })], 'warm-up.csv');
  const { sources, preview } = await inspectSources(connector, registry, [{ blob: file, fileName: file.name }]);
  const [source] = sources;
  const plan = preview.detection.plan;
  const read = orderLinesSql(plan, { reader: source.reader, columns: source.columns, fileIndex: 0 }, { spec: sampleDateSpec(preview, plan), order: 'mdy' }, 'create', WARM_UP_TABLE);
  let rounds = 0;
  try {
    while (rounds < WARM_UP_ROUNDS && !shouldStop()) {
      await connector.query(read, [source.registeredName]);
      await connector.query(WARM_UP_TOTALS);
      rounds++;
    }
  } finally {
    await connector.query(`DROP TABLE IF EXISTS ${WARM_UP_TABLE}`);
    await drop(source.registeredName);
  }
  return rounds;
}
