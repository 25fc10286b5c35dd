/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { sampleOrdersCsv } from '../model/sample-orders';
import type { EngineApi, LoadStage } from './api';
import { exportCustomersCsv } from './export-customers';
import { describeFailure } from './describe-failure';
import { startDuckDB, type WasmDatabase } from './duckdb-wasm';
import { checkFileSignature } from '../model/file-signature';
import { detectTextEncoding, fileChunks, type TextEncoding } from '../model/text-encoding';
import { InputError } from './input-error';
import { loadOrders } from './load-orders';
import { segmentCustomers, segmentView } from './segment-view';

/**
 * The engine worker: the only place that talks to DuckDB. Every call waits for the database to start,
 * so a file chosen during start-up is queued rather than lost, and every failure leaves as an
 * InputError the UI can show as it is.
 */
let crashed: (reason: Error) => void = () => {};
const crash = new Promise<never>((_, reject) => {
  crashed = reject;
});
function crashError(message: string): Error {
  const error = new Error(message);
  error.name = 'EngineCrashed'; // tells the client to start a fresh worker
  return error;
}

crash.catch(() => {}); // observed by the calls that race it

const database: Promise<WasmDatabase> = startDuckDB((message) =>
  crashed(crashError(`The analysis engine stopped (${message}), most likely because the browser ran out of memory. It has been restarted; try a smaller file or close other tabs.`)),
);
let sourceCount = 0;

async function guarded<T>(work: (database: WasmDatabase) => Promise<T>): Promise<T> {
  try {
    return await Promise.race([database.then(work), crash]);
  } catch (error) {
    if (error instanceof Error && error.name === 'EngineCrashed') throw error;
    throw describeFailure(error);
  }
}

async function loadRegistered(
  database: WasmDatabase,
  register: (name: string) => Promise<void>,
  file: { fileName: string; encoding: TextEncoding },
  onStage: (stage: LoadStage) => void,
) {
  const name = `source-${++sourceCount}.csv`;
  await register(name);
  try {
    return await loadOrders(database.connector, { source: name, ...file }, onStage);
  } finally {
    await database.dropFile(name);
  }
}

const api: EngineApi = {
  whenReady: () => guarded(async () => undefined),
  loadFile: (file, onStage) =>
    guarded(async (database) => {
      onStage('reading');
      const problem = checkFileSignature(file.name, file.size, new Uint8Array(await file.slice(0, 512).arrayBuffer()));
      if (problem) throw new InputError(problem);
      const encoding = await detectTextEncoding(fileChunks(file));
      return loadRegistered(database, (name) => database.registerFile(name, file), { fileName: file.name, encoding }, onStage);
    }),
  loadSample: (onStage) =>
    guarded((database) => {
      onStage('reading');
      const text = sampleOrdersCsv();
      const sample = { fileName: 'sample-orders.csv', encoding: 'utf-8' as const };
      return loadRegistered(database, (name) => database.registerText(name, text), sample, onStage);
    }),
  segment: (params, reportRows) => guarded(({ connector }) => segmentView(connector, params, reportRows)),
  customers: (params, segment, limit, offset) =>
    guarded(({ connector }) => segmentCustomers(connector, params, segment, limit, offset)),
  exportCsv: (params, segment) => guarded(({ connector }) => exportCustomersCsv(connector, params, segment)),
};

Comlink.expose(api);
