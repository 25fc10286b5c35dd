/**
 * `npm run bench [-- --sizes 100000,541909,3e6:100000] [--customers 100000]`: how long the built app
 * takes, in Chromium, from choosing an order file to the tiers on screen, how long a threshold or RFM
 * rule change and the model fits take, how much memory the browser needs, and how that compares
 * with the same SQL on native DuckDB.
 *
 * It is a report, not a gate: missed targets print FAIL but the exit code stays 0. Only a broken
 * benchmark (bad arguments, no browser, build error) exits non-zero.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/browser';
import { measuringBackgroundLoad } from './bench/background-load';
import { buildAndServeApp, measureAppCase, type ServedApp } from './bench/app-run';
import { measureNative, nativeRunsFor, type NativeResult } from './bench/native-run';
import { DISTURBED_CORES, TABLE_LEGEND, formatDetails, formatSize, formatTable, judge, wasDisturbed, type CaseReport } from './bench/report';
import {
  BENCH_SIZES, LARGE_SHOP, LARGE_SHOP_LINES_PER_CUSTOMER, defaultSize, ensureOrderFile, parseCustomerCount, parseSize, type OrderFileSize,
} from './generate-orders';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CASE_TIMEOUT_MS = 10 * 60_000;

async function main(args: readonly string[]): Promise<void> {
  const sizes = parseSizes(args);
  console.log(`Benchmark sizes: ${sizes.map(formatSize).join(', ')}`);
  const files = await prepareFiles(sizes);
  const app = await timed('built the app', () => buildAndServeApp(REPO_ROOT));
  try {
    printReport(await benchmarkAll(app, sizes, files));
  } finally {
    await app.close();
  }
}

async function benchmarkAll(app: ServedApp, sizes: readonly OrderFileSize[], files: readonly string[]): Promise<CaseReport[]> {
  // One browser for all sizes; each size still gets a fresh context and tab.
  const browser = await launchBrowser();
  try {
    console.log(`Chromium ${browser.version()}, app at ${app.url}`);
    const reports: CaseReport[] = [];
    for (const [index, size] of sizes.entries()) reports.push(await benchmarkSize(browser, app, size, files[index]));
    return reports;
  } finally {
    await browser.close();
  }
}

/**
 * No flags: every benchmark size and the 100,000-customer shop. `--sizes` lists sizes as LINES or
 * LINES:CUSTOMERS; `--customers N` adds a shop of N customers with the large shop's lines per
 * customer. Given both, both run, in order of lines.
 */
function parseSizes(args: readonly string[]): OrderFileSize[] {
  const usage = 'usage: npm run bench -- [--sizes 100000,541909,3e6:100000,...] [--customers 100000,...]';
  const pairs = args.flatMap((arg) => (/^--(sizes|customers)=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  if (pairs.length === 0) return [...BENCH_SIZES.map(defaultSize), LARGE_SHOP].sort((a, b) => a.lines - b.lines);
  const sizes: OrderFileSize[] = [];
  for (let index = 0; index < pairs.length; index += 2) {
    const [flag, value] = [pairs[index], pairs[index + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(usage);
    if (flag === '--sizes') sizes.push(...value.split(',').map(parseSize));
    else if (flag === '--customers') sizes.push(...value.split(',').map(parseCustomerCount).map(shopOf));
    else throw new Error(usage);
  }
  return sizes.sort((a, b) => a.lines - b.lines);
}

function shopOf(customers: number): OrderFileSize {
  return { lines: Math.round(customers * LARGE_SHOP_LINES_PER_CUSTOMER), customers };
}

async function prepareFiles(sizes: readonly OrderFileSize[]): Promise<string[]> {
  const files: string[] = [];
  for (const { lines, customers } of sizes) files.push(await ensureOrderFile(lines, undefined, (text) => console.log(`  ${text}`), customers));
  return files;
}

async function benchmarkSize(browser: Browser, app: ServedApp, { lines, customers }: OrderFileSize, filePath: string): Promise<CaseReport> {
  console.log(`\n${formatSize({ lines, customers })}`);
  const appCase = await timed('  app in Chromium', () =>
    measuringBackgroundLoad(() => measureAppCase(browser, app.url, filePath, CASE_TIMEOUT_MS)),
  );
  if (!appCase.result.ok) console.log(`  FAIL: ${appCase.result.failure}`);
  const runs = nativeRunsFor(lines);
  const nativeCase = await timed(`  native DuckDB (${runs} run${runs > 1 ? 's' : ''})`, () =>
    measuringBackgroundLoad(() => measureNativeSafely(filePath, runs)),
  );
  return {
    lines,
    customers,
    fileName: basename(filePath),
    fileBytes: statSync(filePath).size,
    app: appCase.result,
    native: nativeCase.result,
    otherCores: { app: appCase.otherCores, native: nativeCase.otherCores },
  };
}

/** A native failure is reported in the table like an app failure rather than ending the run. */
async function measureNativeSafely(filePath: string, runs: number): Promise<NativeResult | { error: string }> {
  try {
    return await measureNative(filePath, runs);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs `work` and logs how long it took, so a long benchmark shows where it is. */
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function printReport(reports: readonly CaseReport[]): void {
  console.log(`\n${formatTable(reports)}\n`);
  for (const line of TABLE_LEGEND) console.log(line);
  console.log('');
  for (const report of reports) for (const line of formatDetails(report)) console.log(line);
  const failures = reports.flatMap((report) => judge(report).reasons);
  console.log('');
  if (reports.some(wasDisturbed)) {
    console.log(`Note: other processes kept ≥ ${DISTURBED_CORES} of the machine's ${availableParallelism()} cores busy during some cases (see above); those timings are pessimistic.`);
  }
  if (failures.length === 0) console.log('All targets met.');
  for (const failure of failures) console.log(`FAIL  ${failure}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
