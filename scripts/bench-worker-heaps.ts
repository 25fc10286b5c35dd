/**
 * `npm run bench:worker-heaps -- [lines] [app folder]`: where the renderer's memory outside DuckDB's WebAssembly
 * goes. Loads a generated file (6,000,000 lines unless told) in the built app, waits for the
 * background work after it (predictions, clusters) and 20 s more, sampling every 0.5 s each
 * JavaScript heap of the tab (page, engine worker, DuckDB's worker, cluster workers) with its
 * ArrayBuffers, the renderer's RSS and Chromium's. Prints them before the load, when the load is on
 * screen, at Chromium's peak and at the end. Another checkout's folder builds that app instead, to
 * compare two versions on the same file.
 */
import { readFileSync } from 'node:fs';
import { ensureOrderFile } from './generate-orders';
import { buildAndServeApp, openAndWaitForEngine, APP_SELECTORS } from './bench/app-run';
import { chromiumProcessesBelow, rssBytesOf } from './bench/process-tree';
import { clustersFitted } from './bench/rules-and-clusters';
import { waitForPredictions } from './bench/prediction-timings';
import { delay, sampleEvery } from './bench/sampling';
import { watchHeaps, type HeapReading } from './bench/worker-heaps';
import { launchBrowser } from '../test/support/browser';

const DEBUGGING_PORT = 9_339;
const SAMPLE_MS = 500;
const SETTLE_MS = 20_000;
const MB = 1024 * 1024;

interface Sample {
  at: string;
  seconds: number;
  chromiumRss: number;
  rendererRss: number;
  /** The renderer's largest mapping: DuckDB's WebAssembly memory. */
  wasmRss: number;
  /** The renderer's other mappings by kind (mappingsOf). */
  kinds: Record<string, number>;
  heaps: HeapReading[];
}

function isRenderer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
  } catch {
    return false;
  }
}

interface Mapping {
  name: string;
  kind: string;
  rssBytes: number;
}

/** The process's mappings from /proc/<pid>/smaps (~20 ms for a renderer), each with its kind. */
function mappingsOf(pid: number): Mapping[] {
  try {
    const text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
    return [...text.matchAll(/^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+ *(.*)\n(?:(?!Rss:).*\n)*?Rss:\s+(\d+) kB/gm)].map(([, perms, name, kb]) => ({
      name: `${perms} ${name}`,
      kind: kindOf(perms, name),
      rssBytes: Number(kb) * 1024,
    }));
  } catch {
    return [];
  }
}

/** Code (the JavaScript and WebAssembly compilers' output), other anonymous memory, shared memory, files. */
function kindOf(perms: string, name: string): string {
  if (perms.includes('x') && !name.startsWith('/')) return 'code';
  if (name === '' || name.startsWith('[')) return 'anonymous';
  // Chromium's shared memory: memfd, or files in /dev/shm or (--disable-dev-shm-usage) /tmp, deleted at once.
  if (/^\/(memfd:|dev\/shm|tmp\/)/.test(name) || name.endsWith('(deleted)') || perms.includes('s')) return 'shared';
  return 'files';
}

/** The largest mapping apart (DuckDB's WebAssembly memory), the rest summed by kind. */
function rendererBreakdown(pids: readonly number[]): { wasmRss: number; kinds: Record<string, number> } {
  const mappings = pids.flatMap(mappingsOf);
  const largest = mappings.reduce((top, mapping) => (mapping.rssBytes > top.rssBytes ? mapping : top), { name: '', kind: '', rssBytes: 0 });
  const kinds: Record<string, number> = {};
  for (const mapping of mappings) if (mapping !== largest) kinds[mapping.kind] = (kinds[mapping.kind] ?? 0) + mapping.rssBytes;
  return { wasmRss: largest.rssBytes, kinds };
}

function shortName(name: string): string {
  return name.includes('duckdb') ? 'duckdb-worker' : name;
}

function describe(sample: Sample): string {
  const heaps = sample.heaps.map((heap) => `    ${heap.name.padEnd(40)} heap ${(heap.usedBytes / MB).toFixed(1).padStart(7)} MB, buffers ${(heap.backingStoreBytes / MB).toFixed(1).padStart(7)} MB`);
  return [`  ${sample.at} (${sample.seconds.toFixed(1)} s): Chromium RSS ${(sample.chromiumRss / MB).toFixed(0)} MB, renderer ${(sample.rendererRss / MB).toFixed(0)} MB (WebAssembly ${(sample.wasmRss / MB).toFixed(0)} MB; ${Object.entries(sample.kinds).map(([kind, bytes]) => `${kind} ${(bytes / MB).toFixed(0)}`).join(', ')} MB)`, ...heaps].join('\n');
}

/** One line a sample: RSS, WebAssembly, the renderer's rest, each target's heap + buffers (MB). */
function printSeries(samples: readonly Sample[]): void {
  const names = [...new Set(samples.flatMap((sample) => sample.heaps.map((heap) => heap.name)))];
  console.log(`  s      chromium renderer wasm  rest  ${names.map((name) => name.slice(0, 14).padStart(15)).join('')}`);
  for (const sample of samples) {
    const cells = names.map((name) => {
      const heap = sample.heaps.find((one) => one.name === name);
      return (heap ? `${(heap.usedBytes / MB).toFixed(0)}+${(heap.backingStoreBytes / MB).toFixed(0)}` : '-').padStart(15);
    });
    const mb = (bytes: number) => (bytes / MB).toFixed(0).padStart(5);
    console.log(`  ${sample.seconds.toFixed(1).padStart(5)} ${mb(sample.chromiumRss)} ${mb(sample.rendererRss)} ${mb(sample.wasmRss)} ${mb(sample.rendererRss - sample.wasmRss)} ${cells.join('')}`);
  }
}

const lines = Number(process.argv[2] ?? 6_000_000);
const filePath = await ensureOrderFile(lines);
const app = await buildAndServeApp(process.argv[3] ?? process.cwd());
const browser = await launchBrowser([`--remote-debugging-port=${DEBUGGING_PORT}`]);
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await openAndWaitForEngine(page, app.url, APP_SELECTORS);
  const heaps = await watchHeaps(DEBUGGING_PORT, app.url);
  const started = performance.now();
  let at = 'before the load';
  const samples: Sample[] = [];
  const sampler = sampleEvery(SAMPLE_MS, async () => {
    const pids = chromiumProcessesBelow(process.pid);
    const chromiumRss = pids.reduce((sum, pid) => sum + rssBytesOf(pid), 0);
    const renderers = pids.filter(isRenderer);
    const rendererRss = renderers.reduce((sum, pid) => sum + rssBytesOf(pid), 0);
    const { wasmRss, kinds } = rendererBreakdown(renderers);
    const readings = (await heaps.read()).map((heap) => ({ ...heap, name: shortName(heap.name) }));
    samples.push({ at, seconds: (performance.now() - started) / 1000, chromiumRss, rendererRss, wasmRss, kinds, heaps: readings });
  });
  await delay(2 * SAMPLE_MS);
  const before = samples.at(-1)!;
  at = 'loading';
  await page.setInputFiles('input[type=file][data-testid="file-input"]', filePath);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 600_000 });
  at = 'after the load';
  await delay(SAMPLE_MS);
  const loaded = samples.at(-1)!;
  await waitForPredictions(page);
  await clustersFitted(page);
  at = 'background work done';
  await delay(SETTLE_MS);
  await sampler.stop();
  const largestMappings = chromiumProcessesBelow(process.pid).filter(isRenderer).flatMap(mappingsOf).sort((a, b) => b.rssBytes - a.rssBytes).slice(0, 12);
  heaps.close();
  const peak = samples.reduce((top, sample) => (sample.chromiumRss > top.chromiumRss ? sample : top));
  const peakHeaps = new Map<string, number>();
  for (const sample of samples) for (const heap of sample.heaps) peakHeaps.set(heap.name, Math.max(peakHeaps.get(heap.name) ?? 0, heap.usedBytes + heap.backingStoreBytes));
  console.log(`${lines.toLocaleString('en-US')} lines, ${samples.length} samples`);
  for (const sample of [before, loaded, { ...peak, at: `peak (${peak.at})` }, samples.at(-1)!]) console.log(describe(sample));
  printSeries(samples);
  console.log('  the renderer\'s largest mappings at the end:');
  for (const mapping of largestMappings) console.log(`    ${(mapping.rssBytes / MB).toFixed(0).padStart(6)} MB ${mapping.name}`);
  console.log('  largest heap + buffers per target:');
  for (const [name, bytes] of peakHeaps) console.log(`    ${name.padEnd(40)} ${(bytes / MB).toFixed(1)} MB`);
} finally {
  await browser.close();
  await app.close();
}
