/**
 * `npm run bench:pipeline [-- --lines 50e6]`: the pipeline beyond one browser. Generates the order
 * file (Online Retail layout, default 50 million lines, reused when there), gets the DuckDB script
 * from an analysis of the same layout, runs it in native DuckDB (time, peak memory), then opens the
 * resulting customer table in the built app in Chromium (time to the tiers, and to the predictions).
 * A report, not a gate. 50 million lines take a long while: run it rarely on a shared machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipelineScript } from '../src/engine/pipeline/pipeline-script';
import { sampleOrdersCsv } from '../src/model/sample-data/sample-orders';
import { launchBrowser } from '../test/support/browser';
import { loadPaths } from '../test/support/pipeline-loads';
import { writeFixture } from '../test/support/native-duckdb';
import { buildAndServeApp } from './bench/app-run';
import { descendantRssBytes } from './bench/process-tree';
import { ensureOrderFile, parseSize } from './generate-orders';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LINES = 50_000_000;

async function main(args: readonly string[]): Promise<void> {
  const index = args.indexOf('--lines');
  const lines = index >= 0 ? parseSize(args[index + 1] ?? '').lines : DEFAULT_LINES;
  const input = await ensureOrderFile(lines, undefined, (text) => console.log(`  ${text}`));
  console.log(`Orders: ${lines.toLocaleString('en-US')} lines, ${(statSync(input).size / 1e9).toFixed(2)} GB`);
  const scriptPath = join(mkdtempSync(join(tmpdir(), 'retention-pipeline-bench-')), 'pipeline.sql');
  writeFileSync(scriptPath, await scriptForLayout());
  const outputDir = join(dirname(scriptPath), 'out');
  mkdirSync(outputDir);
  const native = JSON.parse(execFileSync('npx', ['tsx', join(REPO_ROOT, 'scripts/bench/pipeline-native.ts'), scriptPath, input, outputDir], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
  const tableBytes = statSync(join(outputDir, 'customers.parquet')).size;
  console.log(`Native DuckDB script: ${native.seconds.toFixed(1)} s, peak RSS ${(native.peakRssBytes / 1e9).toFixed(2)} GB (limit ${native.memoryLimit}); customers.parquet ${(tableBytes / 1e6).toFixed(1)} MB`);
  const app = await appOnTable(outputDir);
  console.log(`App on the customer table: tiers in ${(app.readyMs / 1000).toFixed(2)} s, predictions in ${(app.predictionsMs / 1000).toFixed(2)} s, peak Chromium RSS ${(app.peakRssBytes / 1e9).toFixed(2)} GB`);
}

/** The script an analysis of this layout gives: the generator's header and formats are the same at every size. */
async function scriptForLayout(): Promise<string> {
  const sample = writeFixture('orders.csv', sampleOrdersCsv({ lines: 20_000 }));
  const { session } = await loadPaths([sample]);
  return pipelineScript(session, 'duckdb').text;
}

async function appOnTable(outputDir: string) {
  const served = await buildAndServeApp(REPO_ROOT);
  const browser = await launchBrowser();
  let peakRssBytes = 0;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, descendantRssBytes(process.pid))), 200);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(served.url);
    await page.waitForSelector('[data-testid="status"][data-engine="ready"]', { timeout: 60_000 });
    const started = performance.now();
    await page.setInputFiles('input[data-testid="file-input"]', [
      { name: 'customers.parquet', mimeType: 'application/octet-stream', buffer: readFileSync(join(outputDir, 'customers.parquet')) },
      { name: 'cleaning.csv', mimeType: 'text/csv', buffer: readFileSync(join(outputDir, 'cleaning.csv')) },
    ]);
    await page.waitForSelector('[data-testid="status"][data-state="ready"][data-source="customer-table"]', { timeout: 600_000 });
    const readyMs = performance.now() - started;
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 600_000 });
    return { readyMs, predictionsMs: performance.now() - started, peakRssBytes };
  } finally {
    clearInterval(sampler);
    await browser.close();
    await served.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
