/**
 * `npm run bench:pipeline [-- --lines 50e6] [--runs 3] [--app ../main]`: the pipeline beyond one
 * browser. Generates the order file (Online Retail layout, default 50 million lines, reused when
 * there), gets the DuckDB script from an analysis of the same layout, runs it in native DuckDB (time,
 * peak memory) unless its customer table is already in `.bench/`, then opens that table in the built
 * app in Chromium (time to the tiers, and to the predictions, with the worker's stage timings).
 * `--app ROOT` (repeatable) opens it in the app built from another checkout too, runs alternating,
 * so that a change is compared with what came before under the same machine load.
 * A report, not a gate. 50 million lines take a long while: run it rarely on a shared machine.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipelineScript } from '../src/engine/pipeline/pipeline-script';
import { sampleOrdersCsv } from '../src/model/sample-data/sample-orders';
import { launchBrowser } from '../test/support/browser';
import { loadPaths } from '../test/support/pipeline-loads';
import { nativeConnector, writeFixture } from '../test/support/native-duckdb';
import { buildAndServeApp, readLoadTimings, type ServedApp } from './bench/app-run';
import { waitForPredictions, type PredictionTimings } from './bench/prediction-timings';
import { descendantRssBytes } from './bench/process-tree';
import { BENCH_DIR, BENCH_SEED, ensureOrderFile, parseSize } from './generate-orders';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LINES = 50_000_000;

interface Options {
  lines: number;
  runs: number;
  appRoots: string[];
}

function parseOptions(args: readonly string[]): Options {
  const valueOf = (flag: string) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const lines = valueOf('--lines');
  const others = args.flatMap((arg, index) => (arg === '--app' && args[index + 1] ? [resolve(args[index + 1])] : []));
  return { lines: lines ? parseSize(lines).lines : DEFAULT_LINES, runs: Number(valueOf('--runs') ?? 1), appRoots: [...others, REPO_ROOT] };
}

async function main(args: readonly string[]): Promise<void> {
  const { lines, runs, appRoots } = parseOptions(args);
  const tableDir = await ensureCustomerTable(lines);
  const served: [string, ServedApp][] = [];
  try {
    for (const root of appRoots) served.push([root, await buildAndServeApp(root)]);
    for (let run = 1; run <= runs; run++) {
      for (const [root, app] of served) {
        const result = await appOnTable(app.url, tableDir);
        console.log(
          `App (${root === REPO_ROOT ? 'this checkout' : root}, run ${run}): tiers in ${seconds(result.readyMs)}, predictions in ${seconds(result.predictionsMs)}, ` +
            `peak Chromium RSS ${(result.peakRssBytes / 1e9).toFixed(2)} GB; worker stages ${JSON.stringify(result.stagesMs)}; ` +
            `prediction stages ${JSON.stringify(rounded(result.predictionStages))}`,
        );
      }
    }
  } finally {
    for (const [, app] of served) await app.close();
  }
}

/** The script's output for `lines` generated lines, in `.bench/`; made once, then reused. */
async function ensureCustomerTable(lines: number): Promise<string> {
  const tableDir = join(BENCH_DIR, `customer-table-${lines}-lines-seed-${BENCH_SEED}`);
  if (existsSync(join(tableDir, 'customers.parquet'))) {
    console.log(`Customer table: ${tableDir} exists, reused (${await customersOf(tableDir)} customers)`);
    return tableDir;
  }
  const input = await ensureOrderFile(lines, undefined, (text) => console.log(`  ${text}`));
  console.log(`Orders: ${lines.toLocaleString('en-US')} lines, ${(statSync(input).size / 1e9).toFixed(2)} GB`);
  // Written beside the final folder and renamed at the end: an interrupted run leaves no half table.
  const partialDir = `${tableDir}.partial`;
  rmSync(partialDir, { recursive: true, force: true });
  mkdirSync(join(partialDir, 'out'), { recursive: true });
  const scriptPath = join(partialDir, 'pipeline.sql');
  writeFileSync(scriptPath, await scriptForLayout());
  const native = JSON.parse(execFileSync('npx', ['tsx', join(REPO_ROOT, 'scripts/bench/pipeline-native.ts'), scriptPath, input, join(partialDir, 'out')], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
  renameSync(join(partialDir, 'out'), tableDir);
  rmSync(partialDir, { recursive: true, force: true });
  const tableBytes = statSync(join(tableDir, 'customers.parquet')).size;
  console.log(`Native DuckDB script: ${native.seconds.toFixed(1)} s, peak RSS ${(native.peakRssBytes / 1e9).toFixed(2)} GB (limit ${native.memoryLimit}); customers.parquet ${(tableBytes / 1e6).toFixed(1)} MB`);
  return tableDir;
}

async function customersOf(tableDir: string): Promise<number> {
  const db = await nativeConnector();
  const [{ customers }] = await db.query<{ customers: number }>('SELECT count(*)::INTEGER AS customers FROM read_parquet(?)', [join(tableDir, 'customers.parquet')]);
  return customers;
}

/** The script an analysis of this layout gives: the generator's header and formats are the same at every size. */
async function scriptForLayout(): Promise<string> {
  const sample = writeFixture('orders.csv', sampleOrdersCsv({ lines: 20_000 }));
  const { session } = await loadPaths([sample]);
  return pipelineScript(session, 'duckdb').text;
}

async function appOnTable(url: string, tableDir: string) {
  const browser = await launchBrowser();
  let peakRssBytes = 0;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, descendantRssBytes(process.pid))), 200);
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="status"][data-engine="ready"]', { timeout: 60_000 });
    const started = performance.now();
    // Paths, not buffers: Chromium reads the files from disk like a real upload.
    await page.setInputFiles('input[data-testid="file-input"]', [join(tableDir, 'customers.parquet'), join(tableDir, 'cleaning.csv')]);
    await page.waitForSelector('[data-testid="status"][data-state="ready"][data-source="customer-table"]', { timeout: 600_000 });
    const readyMs = performance.now() - started;
    const stagesMs = await readLoadTimings(page);
    const predictionStages = await waitForPredictions(page);
    return { readyMs, predictionsMs: performance.now() - started, peakRssBytes, stagesMs, predictionStages };
  } finally {
    clearInterval(sampler);
    await browser.close();
  }
}

function rounded(timings: PredictionTimings): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, Math.round(ms)]));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
