/// <reference types="vite/client" />
/**
 * The benchmark's yardstick: DuckDB-WASM with nothing around it. The page starts the engine at once
 * (as the app does), and when a file is chosen registers it and, in one statement, reads every column
 * as text with the app's own CSV reader and adds up one row per customer (invoices, spend, last
 * purchase) into a table: the least any load of that file can cost.
 * The app's load is compared with this, on the same file in the same browser, so the ratio holds on
 * a slower or faster machine. Cross-origin isolated, it runs DuckDB's threaded build.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import coiWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiThreadUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { csvReader } from '../../../src/engine/load/sql/read-source';
import { bareCustomersSql, parseBareShape } from './bare-shape';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
  eh: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
  coi: { mainModule: coiWasmUrl, mainWorker: coiWorkerUrl, pthreadWorker: coiThreadUrl },
};

const shape = parseBareShape(new URLSearchParams(location.search));

async function startEngine(): Promise<duckdb.AsyncDuckDBConnection & { db: duckdb.AsyncDuckDB; threads: number }> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(new URL(bundle.mainWorker!, location.href).href);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(bundle.mainModule, location.href).href, bundle.pthreadWorker && new URL(bundle.pthreadWorker, location.href).href);
  const threads = bundle.pthreadWorker ? navigator.hardwareConcurrency : 1;
  await db.open({ maximumThreads: threads });
  const connection = await db.connect();
  document.body.dataset.threads = String(threads);
  document.body.dataset.engine = 'ready';
  return Object.assign(connection, { db, threads });
}

async function analyse(engine: Awaited<ReturnType<typeof startEngine>>, file: File): Promise<Record<string, number>> {
  const stages: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    stages[stage] = now - mark;
    mark = now;
  };
  // The threaded build's threads cannot read a file handle registered in its main worker (they read
  // no line, without an error): it is given the file's bytes, and reading them is part of its time.
  if (engine.threads > 1) await engine.db.registerFileBuffer(file.name, new Uint8Array(await file.arrayBuffer()));
  else await engine.db.registerFileHandle(file.name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  lap('register');
  const reader = csvReader({ delimiter: ',', encoding: 'utf-8', columns: shape.columns });
  const read = await engine.prepare(bareCustomersSql(shape, reader));
  await read.query(file.name);
  await read.close();
  lap('read and aggregate');
  return stages;
}

const engine = startEngine();
document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!.addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const started = performance.now();
  try {
    const stages = await analyse(await engine, file);
    document.body.dataset.durationMs = String(Math.round(performance.now() - started));
    // Not timed: what was read, so the report can show that the threaded build read the same.
    const [totals] = (await (await engine).query('SELECT count(*)::INTEGER AS customers, sum(frequency)::INTEGER AS invoices FROM customers')).toArray();
    document.body.dataset.customers = String(totals.customers);
    document.body.dataset.invoices = String(totals.invoices);
    document.body.dataset.stages = JSON.stringify(stages);
    document.body.dataset.state = 'done';
  } catch (error) {
    document.body.dataset.error = error instanceof Error ? error.message : String(error);
    document.body.dataset.state = 'error';
  }
});
