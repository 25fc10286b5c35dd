/**
 * `npm run bench:wasm-memory [-- --lines 6e6] [--after-load]`: where a load's WebAssembly memory goes.
 * The app's load of a generated order file (generate-orders.ts; 6,000,000 lines by default) runs on
 * DuckDB-WASM under Node (bench/wasm-under-node.ts), and every statement that grew the memory or took
 * a while is printed with the memory before and after it. `--after-load` goes on with what follows a
 * load in the worker: the tables compressed, the purchase days and one set of customer histories.
 *
 * Cheap beside `npm run bench` (one process, one thread, no browser), and the WebAssembly memory is
 * most of what the 6,000,000-line file costs Chromium; but not all of it, so memory targets are
 * judged by `npm run bench`. One difference: here the first lines are read through DuckDB (the page
 * reads them from the chosen File), whose 32 MB buffers grow the memory by 64 MB at the start; the
 * read of the whole file reuses that space.
 */
import { basename } from 'node:path';
import { compressLargeTables } from '../src/engine/db/compressed-memory';
import { loadOrders } from '../src/engine/load/load-orders';
import { CREATE_PURCHASE_DAYS, CUSTOMER_HISTORIES, PURCHASE_DAY_SPAN } from '../src/engine/predict/sql/purchase-days';
import { startWasmUnderNode, type StatementMemory } from './bench/wasm-under-node';
import { ensureOrderFile, parseLineCount } from './generate-orders';

const DEFAULT_LINES = 6_000_000;
/** Statements faster than this that left the memory as it was are not worth a line. */
const WORTH_SHOWING_MS = 100;
const MB = 2 ** 20;

interface Options {
  lines: number;
  afterLoad: boolean;
}

async function main(options: Options): Promise<void> {
  const path = await ensureOrderFile(options.lines);
  let grewMost: StatementMemory | undefined;
  const wasm = await startWasmUnderNode((statement) => {
    const growth = statement.bytesAfter - statement.bytesBefore;
    if (growth > 0 && growth > (grewMost ? grewMost.bytesAfter - grewMost.bytesBefore : 0)) grewMost = statement;
    if (growth > 0 || statement.ms >= WORTH_SHOWING_MS) console.log(formatStatement(statement));
  });
  const atStart = wasm.memoryBytes();
  console.log(`${basename(path)}: WebAssembly memory ${megabytes(atStart)} MB before the load\n`);
  wasm.registerPath('orders', path);
  const started = performance.now();
  await loadOrders(wasm.connector, { source: 'orders', fileName: basename(path) });
  console.log(`\nloaded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${await tablesSummary(wasm.connector)}`);
  if (options.afterLoad) await afterLoad(wasm.connector);
  console.log(`WebAssembly memory: ${megabytes(atStart)} MB at the start, ${megabytes(wasm.memoryBytes())} MB at the end`);
  if (grewMost) console.log(`grew most: +${megabytes(grewMost.bytesAfter - grewMost.bytesBefore)} MB, ${oneLine(grewMost.sql)}`);
}

/** What the worker runs once a load is on screen (worker.ts afterCompression, predict/history-source.ts). */
async function afterLoad(db: Parameters<typeof compressLargeTables>[0]): Promise<void> {
  await compressLargeTables(db);
  await db.query(CREATE_PURCHASE_DAYS);
  const [span] = await db.query<{ first_day: string; last_day: string }>(PURCHASE_DAY_SPAN);
  await db.query(CUSTOMER_HISTORIES, [span.last_day, span.last_day, 30]);
  console.log(`after the load's follow-up work: ${await tablesSummary(db)}`);
}

async function tablesSummary(db: Parameters<typeof compressLargeTables>[0]): Promise<string> {
  const [tables] = await db.query<{ bytes: number | null }>(`SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'`);
  return `tables take ${megabytes(tables?.bytes ?? 0)} MB`;
}

function formatStatement({ sql, ms, bytesBefore, bytesAfter }: StatementMemory): string {
  const sizes = `${megabytes(bytesBefore).padStart(6)} → ${megabytes(bytesAfter).padStart(6)} MB`;
  return `${sizes} ${(ms / 1000).toFixed(1).padStart(6)} s  ${oneLine(sql)}`;
}

function oneLine(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(0);
}

function parseOptions(args: readonly string[]): Options {
  const usage = 'usage: npm run bench:wasm-memory -- [--lines 6e6] [--after-load]';
  const options: Options = { lines: DEFAULT_LINES, afterLoad: false };
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--after-load') options.afterLoad = true;
    else if (args[index] === '--lines' && args[index + 1] !== undefined) options.lines = parseLineCount(args[++index]);
    else throw new Error(usage);
  }
  return options;
}

main(parseOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
