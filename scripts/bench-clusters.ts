/**
 * `npm run bench:clusters`: how long the k-means clusters take for the benchmark's 100,000-customer
 * shop (3M lines, written to .bench/ once). In Node, in one thread: for each k = 2 … 10 the best of
 * 10 starts and the silhouette on its 5,000-customer sample, then the whole fit. In Chromium, as the
 * app runs it: the built cluster-worker script on two workers, each k's starts handed one at a time
 * to whichever is free (target: at most 1 s per k), and on one worker for comparison. CPU time is
 * printed beside Node's wall time: on a shared machine the wall clock also counts other processes'
 * turns.
 *
 * A report, not a gate: a missed target prints FAIL, the exit code stays 0.
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrders } from '../src/engine/load/load-orders';
import { fitCustomerClusters } from '../src/engine/segments/clusters';
import { CUSTOMER_MEASURES } from '../src/engine/segments/sql/clusters';
import { clusterFeatures } from '../src/model/segments/clusters/cluster-features';
import { bestOfStarts } from '../src/model/segments/clusters/kmeans';
import { CLUSTER_SEED } from '../src/model/segments/clusters/customer-clusters';
import { LARGEST_K, SMALLEST_K } from '../src/model/segments/clusters/choose-k';
import { meanSilhouette } from '../src/model/segments/clusters/silhouette';
import { reorderRows, spatialOrder } from '../src/model/segments/clusters/spatial-order';
import { launchBrowser } from '../test/support/browser';
import { nativeConnector } from '../test/support/native-duckdb';
import { buildAndServeApp } from './bench/app-run';
import { clusterWorkerScript, timeClusterWorkers } from './bench/cluster-workers-run';
import { BENCH_SEED, LARGE_SHOP, ensureOrderFile } from './generate-orders';

/** The target for one k on 100,000 customers. */
const K_FIT_TARGET_MS = 1_000;

async function main(): Promise<void> {
  const file = await ensureOrderFile(LARGE_SHOP.lines, BENCH_SEED, (text) => console.log(`  ${text}`), LARGE_SHOP.customers);
  const db = await nativeConnector();
  const { defaultReferenceDate } = await loadOrders(db, { source: file, fileName: basename(file) });
  const rows = await db.query<{ recency_days: number; frequency: number; monetary_cents: number }>(CUSTOMER_MEASURES, [defaultReferenceDate]);
  const { points } = clusterFeatures({
    recencyDays: rows.map((row) => row.recency_days),
    frequency: rows.map((row) => row.frequency),
    monetaryCents: rows.map((row) => row.monetary_cents),
  });
  console.log(`${rows.length} customers, reference date ${defaultReferenceDate}`);
  const ordered = reorderRows(points, spatialOrder(points)); // as chooseK fits them
  for (let k = SMALLEST_K; k <= LARGEST_K; k++) {
    const fit = timed(() => bestOfStarts(ordered, k, { seed: CLUSTER_SEED }));
    const silhouette = timed(() => meanSilhouette(ordered, fit.result.labels, k, { seed: CLUSTER_SEED }));
    const verdict = fit.wallMs <= K_FIT_TARGET_MS ? 'ok' : 'FAIL';
    console.log(`k = ${String(k).padStart(2)}: fit ${format(fit)} ${verdict}, ${fit.result.iterations} passes in the best start; silhouette ${format(silhouette)}`);
  }
  const whole = await timedAsync(() => fitCustomerClusters(db, defaultReferenceDate));
  console.log(`every k in one thread: ${format(whole)}`);
  await inChromium(points);
}

/** The app's cluster workers in Chromium: each k on two workers (the target), and on one. */
async function inChromium(points: Float64Array): Promise<void> {
  const app = await buildAndServeApp(join(dirname(fileURLToPath(import.meta.url)), '..'));
  const browser = await launchBrowser();
  try {
    console.log(`\nChromium ${browser.version()}, the app's cluster-worker script:`);
    const timings = await timeClusterWorkers(browser, app.url, clusterWorkerScript(app.outDir), points, CLUSTER_SEED);
    timings.twoWorkersMs.forEach((ms, index) => {
      const verdict = ms <= K_FIT_TARGET_MS ? 'ok' : 'FAIL';
      console.log(`k = ${String(index + 2).padStart(2)}: ${Math.round(ms)} ms on two workers ${verdict}, ${Math.round(timings.oneWorkerMs[index])} ms on one`);
    });
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    console.log(`every k: ${(sum(timings.twoWorkersMs) / 1000).toFixed(1)} s on two workers (${(sum(timings.oneWorkerMs) / 1000).toFixed(1)} s on one); silhouettes ${Math.round(timings.silhouettesMs)} ms`);
    console.log(timings.sameFits ? 'both ways found the same best fit for every k' : 'FAIL: two workers and one found different fits');
  } finally {
    await browser.close();
    await app.close();
  }
}

interface Timed<T> {
  result: T;
  wallMs: number;
  cpuMs: number;
}

function timed<T>(run: () => T): Timed<T> {
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<Timed<T>> {
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

function format({ wallMs, cpuMs }: Timed<unknown>): string {
  return `${Math.round(wallMs)} ms (CPU ${Math.round(cpuMs)} ms)`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
