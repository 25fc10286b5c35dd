/**
 * `npm run bench [-- --sizes 100000,541909,3e6:100000] [--customers 100000] [--real] [--shopify 541909]
 * [--runs N] [--no-isolated] [--no-start]`: how long the built app takes, in Chromium, from choosing an
 * order file to the tiers on screen, against DuckDB-WASM alone doing the same reading on the same
 * file in the same run (the ratio survives a slower or faster machine) and native DuckDB; where the
 * app's time goes, stage by stage; the bare engine cross-origin isolated (DuckDB's threaded build);
 * how soon the page is ready for a file on a first and a repeat visit; how long a threshold or RFM
 * rule change and the model fits take; how much memory the browser needs.
 *
 * It is a report, not a gate: missed targets print FAIL but the exit code stays 0. Only a broken
 * benchmark (bad arguments, no browser, build error) exits non-zero.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/browser';
import { measuringBackgroundLoad } from './bench/background-load';
import { buildAndServeApp, measureAppCase, type AppCaseResult, type ServedApp } from './bench/app-run';
import { generatedFile, realOnlineRetailFile, shopifyFile, type BenchFile } from './bench/bench-files';
import { appLoadRun, bareLoadRun, type LoadRun } from './bench/load-runs';
import type { LoadSeries } from './bench/load-report';
import { measureNative, nativeRunsFor, type NativeResult } from './bench/native-run';
import { DISTURBED_CORES, LOAD_LEGEND, TABLE_LEGEND, formatDetails, formatLoadTable, formatTable, judge, wasDisturbed, type CaseReport } from './bench/report';
import { measureStart, startReport, type StartTimes } from './bench/start-run';
import { BENCH_SIZES, LARGE_SHOP, LARGE_SHOP_LINES_PER_CUSTOMER, defaultSize, parseCustomerCount, parseLineCount, parseSize, type OrderFileSize } from './generate-orders';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BARE_ENGINE_ROOT = join(REPO_ROOT, 'scripts', 'bench', 'bare-engine');
const CASE_TIMEOUT_MS = 10 * 60_000;
const REPEAT_VISITS = 5;

interface BenchOptions {
  sizes: OrderFileSize[];
  real: boolean;
  shopify: number[];
  /** Load runs per file below a million lines; larger files get fewer (runsFor). */
  runs: number;
  isolated: boolean;
  start: boolean;
}

async function main(args: readonly string[]): Promise<void> {
  const options = parseOptions(args);
  const files = await prepareFiles(options);
  console.log(`Benchmark files: ${files.map((file) => file.label).join('; ')}`);
  const app = await timed('built the app', () => buildAndServeApp(REPO_ROOT));
  const bare = await timed('built the bare engine page', () => buildAndServeApp(REPO_ROOT, BARE_ENGINE_ROOT));
  const browser = await launchBrowser();
  try {
    console.log(`Chromium ${browser.version()}, app at ${app.url}, bare engine at ${bare.url}`);
    const start = options.start ? await timed('start-up', () => measureStart(app.url, REPEAT_VISITS)) : null;
    const reports: CaseReport[] = [];
    for (const file of files) reports.push(await benchmarkFile(browser, { app, bare }, file, options));
    printReport(reports, start);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}

/** No flags: every benchmark size, the 100,000-customer shop, the real Online Retail file and a Shopify file. */
function parseOptions(args: readonly string[]): BenchOptions {
  const usage =
    'usage: npm run bench -- [--sizes 100000,541909,3e6:100000,...] [--customers 100000,...] [--real] [--shopify 541909,...] [--runs N] [--no-isolated] [--no-start]';
  const words = args.flatMap((arg) => (/^--[a-z-]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  const options: BenchOptions = { sizes: [], real: false, shopify: [], runs: 5, isolated: true, start: true };
  let chosen = false;
  for (let index = 0; index < words.length; index++) {
    const flag = words[index];
    const value = () => {
      const next = words[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(usage);
      return next;
    };
    if (flag === '--sizes') options.sizes.push(...value().split(',').map(parseSize));
    else if (flag === '--customers') options.sizes.push(...value().split(',').map(parseCustomerCount).map(shopOf));
    else if (flag === '--real') options.real = true;
    else if (flag === '--shopify') options.shopify.push(...value().split(',').map(parseLineCount));
    else if (flag === '--runs') options.runs = parseLineCount(value());
    else if (flag === '--no-isolated') options.isolated = false;
    else if (flag === '--no-start') options.start = false;
    else throw new Error(usage);
    chosen ||= ['--sizes', '--customers', '--real', '--shopify'].includes(flag);
  }
  if (!chosen) {
    options.sizes = [...BENCH_SIZES.map(defaultSize), LARGE_SHOP];
    options.real = true;
    options.shopify = [541_909];
  }
  options.sizes.sort((a, b) => a.lines - b.lines);
  return options;
}

function shopOf(customers: number): OrderFileSize {
  return { lines: Math.round(customers * LARGE_SHOP_LINES_PER_CUSTOMER), customers };
}

async function prepareFiles(options: BenchOptions): Promise<BenchFile[]> {
  const log = (text: string) => console.log(`  ${text}`);
  const files: BenchFile[] = [];
  if (options.real) {
    const real = await realOnlineRetailFile(log);
    if (real) files.push(real);
  }
  for (const size of options.sizes) files.push(await generatedFile(size, log));
  for (const lines of options.shopify) files.push(await shopifyFile(lines, log));
  return files;
}

/** Large files take long enough that their noise is small; they run fewer times. */
function runsFor(lines: number, runs: number): number {
  if (lines >= 5_000_000) return 1;
  if (lines >= 1_000_000) return Math.min(runs, 2);
  return runs;
}

interface Pages {
  app: ServedApp;
  bare: ServedApp;
}

/**
 * The file's runs, app and bare engine interleaved so that a change in the machine's load hits both;
 * the first app run also times the threshold and rule changes, the fits and memory.
 */
async function benchmarkFile(browser: Browser, pages: Pages, file: BenchFile, options: BenchOptions): Promise<CaseReport> {
  console.log(`\n${file.label}`);
  const loads: LoadSeries = { app: [], bare: [], bareIsolated: [] };
  const runs = runsFor(file.lines, options.runs);
  const { result: app, otherCores: appOthers } = await measuringBackgroundLoad(async () => {
    let first: AppCaseResult | undefined;
    for (let run = 0; run < runs; run++) {
      if (run === 0) {
        first = await timed('  app in Chromium (full case)', () => measureAppCase(browser, pages.app.url, file.path, CASE_TIMEOUT_MS));
        if (!first.ok) console.log(`  FAIL: ${first.failure}`);
        else loads.app.push(loadOf(first));
      } else {
        await collect(loads.app, 'app', () => appLoadRun(browser, pages.app.url, file.path));
      }
      await collect(loads.bare, 'bare engine', () => bareLoadRun(browser, pages.bare.url, file.path, file.shape));
      if (!options.isolated) continue;
      await collect(loads.bareIsolated, 'bare engine, isolated', () => bareLoadRun(browser, pages.bare.isolatedUrl, file.path, file.shape));
    }
    return first!;
  });
  const nativeRuns = nativeRunsFor(file.lines);
  const nativeCase = await timed(`  native DuckDB (${nativeRuns} run${nativeRuns > 1 ? 's' : ''})`, () =>
    measuringBackgroundLoad(() => measureNativeSafely(file.path, nativeRuns)),
  );
  return { file, fileBytes: statSync(file.path).size, app, loads, native: nativeCase.result, otherCores: { app: appOthers, native: nativeCase.otherCores } };
}

/** The full case's load as one of the runs. */
function loadOf(app: Extract<AppCaseResult, { ok: true }>): LoadRun {
  return { wallMs: app.loadWallMs, pageMs: app.load.appDurationMs ?? NaN, drawnMs: app.loadDrawnMs, stagesMs: app.loadTimingsMs, engineReadyMs: app.engineReadyMs, crossOriginIsolated: false };
}

/** A failed run is reported and left out of the medians rather than ending the benchmark. */
async function collect(runs: LoadRun[], what: string, run: () => Promise<LoadRun>): Promise<void> {
  try {
    const result = await run();
    runs.push(result);
    console.log(`  ${what}: ${(result.wallMs / 1000).toFixed(2)} s${result.crossOriginIsolated ? ' (isolated)' : ''}`);
  } catch (error) {
    console.log(`  ${what} FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
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

function printReport(reports: readonly CaseReport[], start: StartTimes | null): void {
  console.log(`\n${formatLoadTable(reports)}\n`);
  for (const line of LOAD_LEGEND) console.log(line);
  console.log(`\n${formatTable(reports)}\n`);
  for (const line of TABLE_LEGEND) console.log(line);
  if (start) console.log(`\n${startReport(start).join('\n')}`);
  console.log('');
  for (const report of reports) for (const line of formatDetails(report)) console.log(line);
  const failures = reports.flatMap((report) => judge(report).reasons);
  if (start && start.repeatMedianMs > 1000) failures.push(`repeat visit start took ${(start.repeatMedianMs / 1000).toFixed(2)} s, target ≤ 1 s`);
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
