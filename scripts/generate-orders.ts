/**
 * Writes benchmark order files (Online Retail layout) to `.bench/`, one per size.
 *
 *   npx tsx scripts/generate-orders.ts                  # every benchmark size
 *   npx tsx scripts/generate-orders.ts 541909 2e6       # just these sizes
 *   npx tsx scripts/generate-orders.ts 3e6:100000       # 3M lines with 100,000 customers
 *
 * A file is named after its line count, customer count (unless the default for its lines) and seed,
 * and the content is a pure function of those, so an existing file is reused rather than written
 * again (6M lines take a while).
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sampleOrderLines } from '../src/model/sample-data/sample-orders';

/** A file's size: data lines, and registered customers (nearly all of whom appear in it). */
export interface OrderFileSize {
  lines: number;
  customers: number;
}

export const BENCH_SIZES = [100_000, 541_909, 2_000_000, 6_000_000] as const;
/**
 * The shop size the re-segmenting and model-fitting targets are set for: 100,000 customers. With
 * ~30 lines each they buy about as often as in the real file (≈ 5 invoices, most of them more than
 * once); at 10 lines each too few invoices are left to go round, and only ~0.5% come back.
 */
export const LARGE_SHOP: OrderFileSize = { lines: 3_000_000, customers: 100_000 };
export const LARGE_SHOP_LINES_PER_CUSTOMER = LARGE_SHOP.lines / LARGE_SHOP.customers;
export const BENCH_SEED = 42;
export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.bench');

/** The real Online Retail file has ~4,400 customers in 541,909 lines: about one per 123 lines. */
const LINES_PER_CUSTOMER = 123;
const MIN_CUSTOMERS = 1000;
/** Lines joined into one write: far fewer stream calls than one per line, still a small buffer. */
const LINES_PER_CHUNK = 8192;
const STREAM_BUFFER_BYTES = 4 * 1024 * 1024;

export function customersFor(lines: number): number {
  return Math.max(MIN_CUSTOMERS, Math.round(lines / LINES_PER_CUSTOMER));
}

/** The usual size for a line count: the real file's customers per line. */
export function defaultSize(lines: number): OrderFileSize {
  return { lines, customers: customersFor(lines) };
}

export function orderFilePath(lines: number, seed = BENCH_SEED, customers = customersFor(lines)): string {
  const customerPart = customers === customersFor(lines) ? '' : `-${customers}-customers`;
  return join(BENCH_DIR, `orders-${lines}-lines${customerPart}-seed-${seed}.csv`);
}

/** The path of the file for `lines` (and `customers`), writing it first unless it is already there. */
export function ensureOrderFile(
  lines: number, seed = BENCH_SEED, log: (text: string) => void = console.log, customers = customersFor(lines),
): Promise<string> {
  return ensureBenchFile(orderFilePath(lines, seed, customers), `${lines} lines, ${customers} customers`, log, (partialPath) =>
    writeLines(partialPath, sampleOrderLines({ seed, lines, customers })),
  );
}

/**
 * `path`, written by `write` unless it is already there. A file's content is a pure function of its
 * name, so an existing one is reused. It is written under a temporary name and renamed at the end:
 * an interrupted run must not leave a truncated file that the next run would take for a finished one.
 */
export async function ensureBenchFile(
  path: string, what: string, log: (text: string) => void, write: (partialPath: string) => Promise<void>,
): Promise<string> {
  if (existsSync(path)) {
    log(`${relative(process.cwd(), path)} exists, skipped (${formatMegabytes(statSync(path).size)})`);
    return path;
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  const started = performance.now();
  const partialPath = `${path}.partial`;
  await write(partialPath);
  renameSync(partialPath, path);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`wrote ${relative(process.cwd(), path)} (${formatMegabytes(statSync(path).size)}, ${what}) in ${seconds} s`);
  return path;
}

/** Streams lines to `path`, one per line, waiting whenever the stream asks for a pause. */
export async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path, { highWaterMark: STREAM_BUFFER_BYTES });
  try {
    for (const chunk of chunksOf(lines, LINES_PER_CHUNK)) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

function* chunksOf(lines: Iterable<string>, linesPerChunk: number): Generator<string> {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === linesPerChunk) {
      yield batch.join('\n') + '\n';
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('\n') + '\n';
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Accepts 541909, 541_909 or 2e6; anything else is a usage error rather than a silent default. */
export function parseLineCount(text: string): number {
  return parseCount(text, 'line count');
}

export function parseCustomerCount(text: string): number {
  return parseCount(text, 'customer count');
}

/** `LINES` (the usual customers for that many lines) or `LINES:CUSTOMERS`, e.g. `3e6:100000`. */
export function parseSize(text: string): OrderFileSize {
  const [lines, customers, ...rest] = text.split(':');
  if (rest.length > 0) throw new RangeError(`not a size: "${text}"`);
  const size = defaultSize(parseLineCount(lines));
  return customers === undefined ? size : { ...size, customers: parseCustomerCount(customers) };
}

function parseCount(text: string, what: string): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`not a ${what}: "${text}"`);
  return value;
}

async function main(args: string[]): Promise<void> {
  const sizes = args.length > 0 ? args.flatMap((arg) => arg.split(',')).map(parseSize) : [...BENCH_SIZES.map(defaultSize), LARGE_SHOP];
  for (const { lines, customers } of sizes) await ensureOrderFile(lines, BENCH_SEED, console.log, customers);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
