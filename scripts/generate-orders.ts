/**
 * Writes benchmark order files (Online Retail layout) to `.bench/`, one per size.
 *
 *   npx tsx scripts/generate-orders.ts              # every benchmark size
 *   npx tsx scripts/generate-orders.ts 541909 2e6   # just these sizes
 *
 * A file is named after its line count and seed, and the content is a pure function of both, so an
 * existing file is reused rather than written again (6M lines take a while).
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sampleOrderLines } from '../src/model/sample-orders';

export const BENCH_SIZES = [100_000, 541_909, 2_000_000, 6_000_000] as const;
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

export function orderFilePath(lines: number, seed = BENCH_SEED): string {
  return join(BENCH_DIR, `orders-${lines}-lines-seed-${seed}.csv`);
}

/** The path of the file for `lines`, writing it first unless it is already there. */
export async function ensureOrderFile(lines: number, seed = BENCH_SEED, log: (text: string) => void = console.log): Promise<string> {
  const path = orderFilePath(lines, seed);
  if (existsSync(path)) {
    log(`${relative(process.cwd(), path)} exists, skipped (${formatMegabytes(statSync(path).size)})`);
    return path;
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  const started = performance.now();
  // Written under a temporary name and renamed at the end: an interrupted run must not leave a
  // truncated file that the next run would take for a finished one.
  const partialPath = `${path}.partial`;
  await writeLines(partialPath, sampleOrderLines({ seed, lines, customers: customersFor(lines) }));
  renameSync(partialPath, path);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`wrote ${relative(process.cwd(), path)} (${formatMegabytes(statSync(path).size)}, ${lines} lines, ${customersFor(lines)} customers) in ${seconds} s`);
  return path;
}

/** Streams lines to `path`, one per line, waiting whenever the stream asks for a pause. */
async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
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
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`not a line count: "${text}"`);
  return value;
}

async function main(args: string[]): Promise<void> {
  const sizes = args.length > 0 ? args.flatMap((arg) => arg.split(',')).map(parseLineCount) : [...BENCH_SIZES];
  for (const lines of sizes) await ensureOrderFile(lines);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
