import { sampleOrdersCsv } from '../../model/sample-data/sample-orders';
import { shopifyOrdersCsv } from '../../model/sample-data/exports/shopify-orders';
import type { Connector } from '../db/connector';
import { inspectSources, type FileRegistry } from './inspect-sources';
import { analyseOrders } from './load-orders';
import { countDuplicates } from './duplicate-lines';
import { segmentView } from '../segments/segment-view';
import { DEFAULT_TIER_RULES } from '../../model/segments/tier-rules/presets';

/**
 * DuckDB's WebAssembly starts in V8's baseline tier: its hot functions (the CSV scan, the string and
 * date functions, hashing, the aggregates) are optimised only once they have run a while, on a
 * background thread. A user's first file paid for that: its read took about twice what the same
 * read takes once warm. While the page waits for a file, the engine analyses small made-up order
 * files as it would a user's (the read, the cleaning counts, the customer table and its columns, and
 * what the page asks for next: the two report lists and the count of duplicate lines), so the user's
 * file meets optimised code.
 *
 * The work is cut into rounds, and `shouldStop` is asked before each: a file chosen meanwhile waits
 * for one round at most. What a round leaves (order_lines, customers and the rest) is what every
 * load replaces; each made-up file is forgotten once its rounds are done.
 */
export interface WarmUpEngine {
  connector: Connector;
  registry: FileRegistry;
  drop(name: string): Promise<void>;
}

/**
 * Big enough to exercise what a real file does: with 12,000 lines of 400 customers, the customer
 * table of a user's first file still took 66–89 ms where later ones took 46–49; with 48,000 lines of
 * 4,000 customers (more groups per invoice and customer, as a real file has), 54–57 ms.
 */
export const WARM_UP_LINES = 48_000;
const WARM_UP_CUSTOMERS = 4_000;
/** As many rows as the page's report lists ask for (ui/segments/use-tier-view.ts REPORT_ROWS). */
const WARM_UP_REPORT_ROWS = 100;

/**
 * The made-up files, in turn. A Shopify export (the order's customer, date and status on its first
 * row only) is read by joining each line to its order, and its dates carry a time zone: code an
 * Online Retail file never runs, which a user's first Shopify export met cold (its load took 2.56 s
 * where it took 2.03 s after a warm-up that read one too, in the benchmark).
 */
const WARM_UP_FILES: readonly { fileName: string; rounds: number; csv: () => string }[] = [
  { fileName: 'warm-up.csv', rounds: 4, csv: () => sampleOrdersCsv({ lines: WARM_UP_LINES, customers: WARM_UP_CUSTOMERS, seed: 7 }) },
  { fileName: 'warm-up-shopify.csv', rounds: 2, csv: () => shopifyOrdersCsv({ lines: WARM_UP_LINES, customers: WARM_UP_CUSTOMERS, seed: 7 }) },
];

/** Returns how many rounds ran (fewer when stopped). A failure is the caller's to ignore: it only costs speed. */
export async function warmUp(engine: WarmUpEngine, shouldStop: () => boolean): Promise<number> {
  let rounds = 0;
  for (const file of WARM_UP_FILES) {
    if (shouldStop()) break;
    rounds += await warmUpWith(engine, new File([file.csv()], file.fileName), file.rounds, shouldStop);
  }
  return rounds;
}

async function warmUpWith({ connector, registry, drop }: WarmUpEngine, file: File, rounds: number, shouldStop: () => boolean): Promise<number> {
  const inspection = await inspectSources(connector, registry, [{ blob: file, fileName: file.name }]);
  let done = 0;
  try {
    while (done < rounds && !shouldStop()) {
      // The products are read when a campaign or the segment comparison first asks, not with the results.
      const outcome = await analyseOrders(connector, inspection, inspection.preview.detection.plan, undefined, undefined, undefined, 'after-the-results');
      if (outcome.kind === 'loaded') {
        await segmentView(connector, DEFAULT_TIER_RULES, outcome.result.defaultReferenceDate, WARM_UP_REPORT_ROWS);
        await countDuplicates(connector);
      }
      done++;
    }
  } finally {
    await drop(inspection.sources[0].registeredName);
  }
  return done;
}
