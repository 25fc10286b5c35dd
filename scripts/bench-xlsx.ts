/**
 * `npm run bench:xlsx [-- --sizes 541909,100000]`: the built app in Chromium reading an Excel
 * workbook of the Online Retail layout (generate-xlsx.ts; 541,909 rows by default, the size of the
 * real file): time from choosing it to the tiers on screen, memory, what the progress bar showed
 * meanwhile, and whether the tiers match native DuckDB reading the same lines from the CSV file.
 *
 * A report, not a gate: like `npm run bench`, only a broken benchmark exits non-zero.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/browser';
import { buildAndServeApp, measureAppCase, type AppCaseResult } from './bench/app-run';
import { measuringBackgroundLoad } from './bench/background-load';
import { describeLoad, recordLoadTimeline, type TimelineEvent } from './bench/load-timeline';
import { measureNative } from './bench/native-run';
import { compareTiers, formatLines } from './bench/report';
import { ensureOrderFile, formatMegabytes, parseLineCount } from './generate-orders';
import { ensureWorkbookFile } from './generate-xlsx';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CASE_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_ROWS = [541_909];

async function main(args: readonly string[]): Promise<void> {
  const sizes = parseSizes(args);
  const log = (text: string) => console.log(`  ${text}`);
  const files: { workbook: string; csv: string }[] = [];
  for (const lines of sizes) files.push({ workbook: await ensureWorkbookFile(lines, undefined, log), csv: await ensureOrderFile(lines, undefined, log) });
  const app = await buildAndServeApp(REPO_ROOT);
  const browser = await launchBrowser();
  try {
    console.log(`Chromium ${browser.version()}, app at ${app.url}`);
    for (const [index, lines] of sizes.entries()) {
      for (const line of await benchmarkWorkbook(browser, app.url, lines, files[index])) console.log(line);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

function parseSizes(args: readonly string[]): number[] {
  const [flag, value, ...rest] = args.flatMap((arg) => (arg.startsWith('--sizes=') ? ['--sizes', arg.slice(8)] : [arg]));
  if (flag === undefined) return DEFAULT_ROWS;
  if (flag !== '--sizes' || value === undefined || rest.length > 0) throw new Error('usage: npm run bench:xlsx -- [--sizes 541909,...]');
  return value.split(',').map(parseLineCount);
}

async function benchmarkWorkbook(browser: Browser, appUrl: string, lines: number, files: { workbook: string; csv: string }): Promise<string[]> {
  const fileName = basename(files.workbook);
  console.log(`\n${formatLines(lines)} rows: ${fileName} (${formatMegabytes(statSync(files.workbook).size)})`);
  const timeline: TimelineEvent[] = [];
  const { result: app, otherCores } = await measuringBackgroundLoad(() =>
    measureAppCase(browser, appUrl, files.workbook, CASE_TIMEOUT_MS, (context) => recordLoadTimeline(context, timeline)),
  );
  const native = await measureNative(files.csv, 1);
  return [
    ...describeApp(app, fileName),
    ...describeLoad(timeline, fileName).map((line) => `  ${line}`),
    ...(app.ok ? [`  tiers (customers) workbook in the app vs the CSV in native DuckDB: ${compareTiers(app.tierCustomers, native.typical.tierCustomers)}`] : []),
    `  other processes used ${otherCores.toFixed(2)} cores meanwhile${otherCores >= 0.5 ? ' — DISTURBED, timings pessimistic' : ''}`,
  ];
}

function describeApp(app: AppCaseResult, fileName: string): string[] {
  const { baselineRssBytes, peakRssBytes, peakPssBytes, peakJsHeapBytes } = app.memory;
  const memory = `  Chromium memory: peak RSS ${megabytes(peakRssBytes)} MB (${megabytes(baselineRssBytes)} MB before choosing the file), peak PSS ${megabytes(peakPssBytes)} MB, page JS heap ${megabytes(peakJsHeapBytes)} MB`;
  if (!app.ok) return [`  FAIL: ${app.failure}`, ...app.pageErrors.slice(0, 5).map((error) => `  page error: ${error}`), memory];
  const reported = app.load.appDurationMs === null ? '?' : seconds(app.load.appDurationMs);
  return [
    `  load (file chosen → tiers drawn): ${seconds(app.loadWallMs)} s wall, ${reported} s as the app reports it`,
    memory,
    `  load steps: ${app.load.steps.map((step) => `+${Math.round(step.atMs)} ms "${step.text.replaceAll(fileName, '<file>')}"`).join(' → ')}`,
  ];
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
