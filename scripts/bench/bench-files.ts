/**
 * The files the benchmark loads: generated Online Retail files of several sizes, the real Online
 * Retail file (unpacked from ../shared into a temporary folder, never into the repository) and a
 * Shopify-layout file. Each comes with the columns the bare engine adds up (bare-engine/bare-shape.ts)
 * and whether the load-ratio target applies to it.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { BareShape } from './bare-engine/bare-shape';
import { BENCH_DIR, BENCH_SEED, customersFor, ensureBenchFile, ensureOrderFile, writeLines, type OrderFileSize } from '../generate-orders';
import { shopifyOrderLines } from '../../src/model/sample-data/exports/shopify-orders';

export interface BenchFile {
  /** How the report names it: "541,909 lines", "real Online Retail", "Shopify, 541,909 lines". */
  label: string;
  path: string;
  lines: number;
  /** Registered customers of a generated file; null for the real one. */
  customers: number | null;
  shape: BareShape;
  /** The load must stay within the ratio target of the bare engine (report.ts). */
  ratioTarget: boolean;
}

/** The generated files' columns; their dates are written like `12/1/2010 8:26`. */
const GENERATED_SHAPE: BareShape = { columns: 8, invoice: 0, quantity: 3, date: 4, price: 5, customer: 6, dateFormat: '%m/%d/%Y %H:%M' };
const REAL_SHAPE: BareShape = { ...GENERATED_SHAPE, dateFormat: '%Y-%m-%d %H:%M:%S' };
/** Name, Email, Created at, Lineitem quantity × Lineitem price (src/model/sample-data/exports/shopify-orders.ts SHOPIFY_EXPORT_HEADER). */
const SHOPIFY_SHAPE: BareShape = { columns: 18, invoice: 0, customer: 1, date: 11, quantity: 12, price: 14, dateFormat: '%Y-%m-%d %H:%M:%S %z' };

/** Sizes the ratio target is checked on (the issue's files): the real file's size and 2M lines. */
const RATIO_TARGET_LINES = new Set([541_909, 2_000_000]);

const SHARED_ONLINE_RETAIL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'online_retail', 'online_retail.csv.gz');
const REAL_LINES = 541_909;
const REAL_BYTES = 48_039_726;

export async function generatedFile(size: OrderFileSize, log: (text: string) => void): Promise<BenchFile> {
  const usual = size.customers === customersFor(size.lines);
  return {
    label: `${size.lines.toLocaleString('en-US')} lines${usual ? '' : `, ${size.customers.toLocaleString('en-US')} customers`}`,
    path: await ensureOrderFile(size.lines, BENCH_SEED, log, size.customers),
    lines: size.lines,
    customers: size.customers,
    shape: GENERATED_SHAPE,
    ratioTarget: usual && RATIO_TARGET_LINES.has(size.lines),
  };
}

export async function shopifyFile(lines: number, log: (text: string) => void): Promise<BenchFile> {
  const customers = customersFor(lines);
  const path = join(BENCH_DIR, `shopify-orders-${lines}-lines-seed-${BENCH_SEED}.csv`);
  await ensureBenchFile(path, `Shopify layout, ${lines} lines`, log, (partial) => writeLines(partial, shopifyOrderLines({ seed: BENCH_SEED, lines, customers })));
  return { label: `Shopify, ${lines.toLocaleString('en-US')} lines`, path, lines, customers, shape: SHOPIFY_SHAPE, ratioTarget: true };
}

/** The real file, unpacked once into the system's temporary folder; null when ../shared does not have it. */
export async function realOnlineRetailFile(log: (text: string) => void): Promise<BenchFile | null> {
  if (!existsSync(SHARED_ONLINE_RETAIL)) {
    log(`${SHARED_ONLINE_RETAIL} is missing; the real Online Retail file is left out`);
    return null;
  }
  const folder = join(tmpdir(), 'retention-bench-online-retail');
  const path = join(folder, 'online_retail.csv');
  if (!existsSync(path) || statSync(path).size !== REAL_BYTES) {
    mkdirSync(folder, { recursive: true });
    await pipeline(createReadStream(SHARED_ONLINE_RETAIL), createGunzip(), createWriteStream(`${path}.partial`));
    renameSync(`${path}.partial`, path);
    log(`unpacked the real Online Retail file to ${path}`);
  }
  return { label: 'real Online Retail', path, lines: REAL_LINES, customers: null, shape: REAL_SHAPE, ratioTarget: true };
}
