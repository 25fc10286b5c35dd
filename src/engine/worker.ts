/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { sampleOrdersCsv } from '../model/sample-data/sample-orders';
import type { EngineApi, LoadStage } from '../protocol/engine-api';
import { exportCustomersCsv } from './export/export-customers';
import { describeFailure } from './db/describe-failure';
import { startDuckDB, type WasmDatabase } from './db/duckdb-wasm';
import { unknownLayoutMessage } from '../model/load/order-layouts';
import { InputError } from '../protocol/errors';
import type { SourceInput } from './load/inspect-sources';
import { LoadSession, loadedResult } from './load/load-session';
import { Predictor } from './predict/predictor';
import { reportLists, segmentCustomers } from './segments/segment-view';
import { chartData } from './explore/chart-data';
import { customerDetail, customerPage } from './explore/customer-explorer';
import { rfmCells } from './segments/rfm-cells';

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
/** Predictions for the loaded file; reset (and any run stopped) before another file is loaded. */
let predictor: Predictor | undefined;

async function guarded<T>(work: (database: WasmDatabase) => Promise<T>): Promise<T> {
  try {
    return await Promise.race([database.then(work), crash]);
  } catch (error) {
    if (error instanceof Error && error.name === 'EngineCrashed') throw error;
    throw describeFailure(error);
  }
}

/** The files being mapped and analysed; they stay registered until the next ones are chosen. */
let session: LoadSession | undefined;

function sessionOf(database: WasmDatabase): LoadSession {
  session ??= new LoadSession({
    connector: database.connector,
    registry: {
      register: async ({ blob, fileName }) => {
        if (!blob) throw new Error(`invalid source: ${fileName}`);
        const name = `source-${++sourceCount}`;
        await database.registerFile(name, blob as File);
        return name;
      },
      registerBytes: async (bytes) => {
        const name = `source-${++sourceCount}`;
        await database.registerBuffer(name, bytes);
        return name;
      },
    },
    drop: async (names) => {
      for (const name of names) await database.dropFile(name);
    },
    onQueryProgress: (listener) => database.onProgress(listener),
  });
  return session;
}

/** A file whose header is a known layout, analysed straight away (the sample, and older callers). */
async function loadKnownLayout(database: WasmDatabase, input: SourceInput, onStage: (stage: LoadStage) => void) {
  onStage('reading');
  await predictor?.reset();
  const loads = sessionOf(database);
  const preview = await loads.inspect([input], {}, () => {});
  if (!preview.detection.full) throw new InputError(unknownLayoutMessage(preview.headers));
  return loadedResult(await loads.analyse(preview.detection.plan, onStage, () => {}));
}

const api: EngineApi = {
  whenReady: () => guarded(async () => undefined),
  loadFile: (file, onStage) => guarded((database) => loadKnownLayout(database, { blob: file, fileName: file.name }, onStage)),
  loadSample: (onStage) =>
    guarded((database) => loadKnownLayout(database, { blob: new Blob([sampleOrdersCsv()]), fileName: 'sample-orders.csv' }, onStage)),
  inspect: (files, options, onProgress) =>
    guarded(async (database) => {
      await predictor?.reset();
      return sessionOf(database).inspect(files.map((file) => ({ blob: file, fileName: file.name })), options, onProgress);
    }),
  checkMapping: (plan) => guarded((database) => sessionOf(database).checkMapping(plan)),
  analyse: (plan, onStage, onProgress) =>
    guarded(async (database) => {
      await predictor?.reset();
      return sessionOf(database).analyse(plan, onStage, onProgress);
    }),
  rejectedLinesCsv: () => guarded((database) => sessionOf(database).rejectedLinesCsv()),
  reports: (params, reportRows) => guarded(({ connector }) => reportLists(connector, params, reportRows)),
  customers: (params, segment, limit, offset) =>
    guarded(({ connector }) => segmentCustomers(connector, params, segment, limit, offset)),
  predict: (params, settings, reportRows) =>
    guarded(({ connector }) => (predictor ??= new Predictor(connector)).predict(params, settings, reportRows)),
  exportCsv: (params, segment, rfm) => guarded(({ connector }) => exportCustomersCsv(connector, params, segment, rfm)),
  rfmCells: () => guarded(({ connector }) => rfmCells(connector)),
  chartData: (referenceDate) => guarded(({ connector }) => chartData(connector, referenceDate)),
  customerPage: (params, rules, query) => guarded(({ connector }) => customerPage(connector, params, rules, query)),
  customerDetail: (params, rules, customerId) => guarded(({ connector }) => customerDetail(connector, params, rules, customerId)),
};

Comlink.expose(api);
