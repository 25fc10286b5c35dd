/**
 * The cluster fit in Chromium, alone: the app's own cluster-worker script (from the build) started
 * twice in a page of the served app, each k's ten starts handed one at a time to whichever of the two
 * workers is free, as the engine hands them out, then all ten on one worker. Nothing else runs meanwhile (in the app the fit
 * starts with the load, beside the predictions). The page speaks Comlink's wire format directly,
 * since it has no bundler: APPLY a method by name, RAW values back.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { allowEvaluatedFunctions } from './status-watch';

export interface ClusterWorkerTimings {
  /** Wall milliseconds for each k (2 … 10) with the starts shared by two workers, and on one. */
  twoWorkersMs: number[];
  oneWorkerMs: number[];
  /** The silhouettes of every k, two workers side by side. */
  silhouettesMs: number;
  /** The lowest inertia per k from both ways, which must agree. */
  sameFits: boolean;
}

export function clusterWorkerScript(outDir: string): string {
  const name = readdirSync(join(outDir, 'assets')).find((file) => /^cluster-worker-.*\.js$/.test(file));
  if (!name) throw new Error('the build has no cluster-worker script');
  return `assets/${name}`;
}

export async function timeClusterWorkers(browser: Browser, appUrl: string, script: string, points: Float64Array, seed: number): Promise<ClusterWorkerTimings> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await allowEvaluatedFunctions(context);
    const page = await context.newPage();
    await page.goto(appUrl);
    return await page.evaluate(fitInPage, { url: new URL(script, appUrl).href, points: Array.from(points), seed });
  } finally {
    await context.close();
  }
}

async function fitInPage({ url, points, seed }: { url: string; points: number[]; seed: number }): Promise<ClusterWorkerTimings> {
  let next = 0;
  const call = (worker: Worker, method: string, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = `bench-${next++}`;
      const listener = (event: MessageEvent) => {
        if (event.data?.id !== id) return;
        worker.removeEventListener('message', listener);
        if (event.data.type === 'HANDLER') reject(new Error(JSON.stringify(event.data.value)));
        else resolve(event.data.value);
      };
      worker.addEventListener('message', listener);
      worker.postMessage({ id, type: 'APPLY', path: [method], argumentList: args.map((value) => ({ type: 'RAW', value })) });
    });
  const workers = [new Worker(url, { type: 'module' }), new Worker(url, { type: 'module' })];
  await Promise.all(workers.map((worker) => call(worker, 'prepare', Float64Array.from(points), seed)));
  const twoWorkersMs: number[] = [];
  const oneWorkerMs: number[] = [];
  const labels: { labels: Int32Array; k: number }[] = [];
  let sameFits = true;
  for (let k = 2; k <= 10; k++) {
    let started = performance.now();
    const fits: { inertia: number; labels: Int32Array }[] = [];
    let nextStart = 0;
    const takeStarts = async (worker: Worker) => {
      for (let start = nextStart++; start < 10; start = nextStart++) {
        fits[start] = (await call(worker, 'fitStarts', k, { first: start, count: 1 })) as { inertia: number; labels: Int32Array };
      }
    };
    await Promise.all(workers.map(takeStarts));
    twoWorkersMs.push(performance.now() - started);
    started = performance.now();
    const whole = (await call(workers[0], 'fitStarts', k, { first: 0, count: 10 })) as { inertia: number };
    oneWorkerMs.push(performance.now() - started);
    const best = fits.reduce((kept, fit) => (fit.inertia < kept.inertia ? fit : kept));
    sameFits &&= best.inertia === whole.inertia;
    labels.push({ labels: best.labels, k });
  }
  const started = performance.now();
  await Promise.all(labels.map(({ labels: each, k }, index) => call(workers[index % 2], 'silhouette', each, k)));
  const silhouettesMs = performance.now() - started;
  workers.forEach((worker) => worker.terminate());
  return { twoWorkersMs, oneWorkerMs, silhouettesMs, sameFits };
}
