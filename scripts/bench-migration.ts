/**
 * `npx tsx scripts/bench-migration.ts [customers] [--browser]`: how long "who moved since an earlier
 * date" takes for a shop of that many customers (default 100,000, 30 lines each), on native DuckDB: the engine's
 * query for the customers as of 90 days earlier (after the once-per-file table it reads), then the page's work (both tierings and the from → to
 * table). The browser's DuckDB-WASM query is slower than native; the target is one second in all,
 * and this is a report, not a gate (the machine may be shared). With `--browser`, the same file in the
 * built app in Chromium too (bench/migration-in-browser.ts).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AsOfCustomers } from '../src/engine/insights/as-of-columns';
import { loadOrders } from '../src/engine/load/load-orders';
import { readCustomerColumns } from '../src/engine/segments/customer-columns';
import { migrationBetween } from '../src/model/insights/migration';
import { prepareColumns } from '../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../src/model/segments/tier-rules/evaluate-tier-rules';
import { TIER_RULE_PRESETS } from '../src/model/segments/tier-rules/presets';
import { addDays } from '../src/model/shared/iso-date';
import { nativeConnector } from '../test/support/native-duckdb';
import { migrationInBrowser } from './bench/migration-in-browser';
import { BENCH_SEED, ensureOrderFile } from './generate-orders';

const RUNS = 7;
const TARGET_MS = 1000;
const LINES_PER_CUSTOMER = 30;

async function main(customers: number, inBrowser: boolean): Promise<void> {
  const path = await ensureOrderFile(customers * LINES_PER_CUSTOMER, BENCH_SEED, console.log, customers);
  await nativeTimes(path);
  if (!inBrowser) return;
  const times = await migrationInBrowser(join(dirname(fileURLToPath(import.meta.url)), '..'), path);
  const worst = Math.max(...times);
  console.log(`in Chromium, another span each time: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms ${worst <= TARGET_MS ? 'ok' : 'FAIL'} (target ${TARGET_MS} ms)`);
}

async function nativeTimes(path: string): Promise<void> {
  const db = await nativeConnector();
  const loaded = await loadOrders(db, { source: path, fileName: 'orders.csv' });
  const current = prepareColumns(await readCustomerColumns(db));
  const asOfDate = addDays(loaded.defaultReferenceDate, -90);
  const asOfCustomers = new AsOfCustomers(db);
  const first = performance.now();
  await asOfCustomers.columns(asOfDate);
  console.log(`first request (adds up the lines per invoice once per file, then the query): ${(performance.now() - first).toFixed(0)} ms`);
  console.log(`${current.customers.toLocaleString('en-US')} customers, as of ${asOfDate} against ${loaded.defaultReferenceDate}, ${RUNS} runs (median / worst)`);
  for (const [name, ruleSet] of Object.entries(TIER_RULE_PRESETS)) {
    const query: number[] = [];
    const page: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const asOf = await asOfCustomers.columns(asOfDate);
      const fetched = performance.now();
      const now = evaluateTierRules(current, ruleSet, loaded.defaultReferenceDate);
      migrationBetween(now.tierOfCustomer, current.monetaryCents, asOf, ruleSet, asOfDate);
      query.push(fetched - started);
      page.push(performance.now() - fetched);
    }
    const total = query.map((ms, run) => ms + page[run]).sort((a, b) => a - b);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const worst = total[total.length - 1];
    console.log(
      `${name}: query ${median(query).toFixed(0)} ms + page ${median(page).toFixed(0)} ms = ${median(total).toFixed(0)} / ${worst.toFixed(0)} ms ${worst <= TARGET_MS ? 'ok' : 'FAIL'} (target ${TARGET_MS} ms)`,
    );
  }
}

const args = process.argv.slice(2);
await main(Number(args.find((arg) => !arg.startsWith('--')) ?? 100_000), args.includes('--browser'));
