/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { sampleOrdersCsv } from '../model/sample-data/sample-orders';
import { unknownLayoutMessage } from '../model/load/order-layouts';
import { unavailableText } from '../model/pipeline/unavailable-features';
import type { EngineApi } from '../protocol/engine-api';
import { engineCrashed, InputError, isEngineCrash, type EngineStage } from '../protocol/errors';
import type { AnalyseOutcome, DuplicateCount, LoadResult, LoadStage } from '../protocol/load';
import type { Connector } from './db/connector';
import { compressLargeTables } from './db/compressed-memory';
import { startDuckDB, type WasmDatabase } from './db/duckdb-wasm';
import { CampaignTables } from './campaigns/campaign-tables';
import { customerFacts, revenueByCurrency } from './campaigns/customer-facts';
import { describeFailure, describeSecondPassFailure } from './describe-failure';
import { sendErrorDetails } from './error-details';
import { customerDetail, customerPage } from './explore/customer-explorer';
import { chartData } from './explore/chart-data';
import { exportCustomersCsv } from './export/export-customers';
import { asOfBuffers, AsOfCustomers, customerIdsAt } from './insights/as-of-columns';
import { SegmentComparisons } from './insights/segment-comparison';
import { keepAnalysis, keptAnalysis, reopenAnalysis, KEPT_FILES, type KeepDatabase } from './keep/keep-analysis';
import { originPrivateStore } from './keep/kept-store';
import type { FileRegistry } from './load/inspect-sources';
import { LoadSession, loadedResult } from './load/load-session';
import { warmUp } from './load/warm-up';
import { reserveMemory, reservePieces } from './db/memory-reserve';
import { rejectedLinesCsv } from './load/rejected-lines-csv';
import { countDuplicates } from './load/duplicate-lines';
import { pipelineScript } from './pipeline/pipeline-script';
import { Predictor } from './predict/predictor';
import { ClusterService } from './segments/cluster-service';
import { workerFitter } from './segments/cluster-workers';
import { columnBuffers } from './segments/customer-columns';
import { rfmCells } from './segments/rfm-cells';
import { reportLists, segmentCustomers } from './segments/segment-view';

/**
 * The engine worker: the only place that talks to DuckDB. Every call waits for the database to start,
 * so a file chosen during start-up is queued rather than lost, and every failure leaves in the user's
 * words, chosen by the stage that was running, with the engine's own words and SQL as its details.
 */
performance.mark('engine:worker-running');
sendErrorDetails();

let crashed: (reason: Error) => void = () => {};
const crash = new Promise<never>((_, reject) => {
  crashed = reject;
});
crash.catch(() => {}); // observed by the calls that race it

const database: Promise<WasmDatabase> = startDuckDB((message) => crashed(engineCrashed(message)));
/** Set once the user reads a file or reopens an analysis: the warm-up stops at its next piece. */
let fileChosen = false;
/**
 * The engine warmed up while the page waits for a file (load/warm-up.ts), then its memory reserved
 * (db/memory-reserve.ts); a failure of either only costs speed.
 */
const warming: Promise<unknown> = database.then(async (started) => {
  const stop = () => fileChosen;
  await warmUp({ connector: started.connector, registry: registryOf(started), drop: (name) => started.dropFile(name) }, stop).catch(() => 0);
  const deviceMemory = (self.navigator as WorkerNavigator & { deviceMemory?: number }).deviceMemory;
  await reserveMemory(started.connector, reservePieces(deviceMemory), stop).catch(() => 0);
});

/**
 * Reads wait for the warm-up's piece in hand: both read files with DuckDB's record of lines set
 * aside, which each read replaces, and a user's read must find its own there.
 */
async function stopWarmUp(): Promise<void> {
  fileChosen = true;
  await Promise.race([warming, crash]).catch(() => {});
}
let sourceCount = 0;
/** Predictions for the loaded file; reset (and any run stopped) before another file is loaded. */
let predictor: Predictor | undefined;
/** The file's k-means clusters, fitted on cluster workers; reset with the predictions. */
let clusters: ClusterService | undefined;
/** The files being mapped and analysed; they stay registered until the next ones are chosen. */
let session: LoadSession | undefined;
/** The loaded file's campaign tables, built when a campaign first asks; none before a file is loaded. */
let campaigns: CampaignTables | undefined;
/** The loaded file's customers as of earlier dates; none before a file is loaded. */
let asOfCustomers: AsOfCustomers | undefined;
/** How the loaded file's segments compare (its customers' spend per product, added up once). */
let segmentComparisons: SegmentComparisons | undefined;
/** The files' names of an analysis reopened from this device (no session holds them): for the lines-left-out download. */
let reopenedFiles: string[] | null = null;
const keptStore = originPrivateStore(KEPT_FILES);
/** The loaded file's tables compressed, once, when the work that follows a load begins. */
let compression: Promise<unknown> | undefined;
/** Whether the loaded analysis came without its count of duplicate lines (they are kept), which the page asks for. */
let duplicatesUncounted = false;
/** That count, worked out once per analysis. */
let duplicatesCounted: Promise<DuplicateCount> | undefined;
/** The loaded analysis's lines' products, read from its files once, when first needed (load-session.ts lineDetails). */
let lineDetailsRead: Promise<void> | undefined;
/** Counts the analyses loaded: a second pass over the files of an earlier one must not publish its table. */
let analysisGeneration = 0;

/**
 * Work that follows a load (predictions, clusters, campaigns, insights) starts once the loaded lines
 * are compressed (db/compressed-memory.ts), so that it reuses the memory they leave. Only memory is
 * at stake: a compression that fails leaves the tables as they were. Before that, the duplicate lines
 * are counted, whether or not the page has asked yet (its request may come after the predictions'):
 * their statements would otherwise take turns with the predictions', and on 6,000,000 lines the
 * count came 12 s after the results.
 */
function afterCompression<T>(work: (database: WasmDatabase) => Promise<T>): (database: WasmDatabase) => Promise<T> {
  return async (database) => {
    if (duplicatesUncounted) await countDuplicateLines().catch(() => {});
    await (compression ??= compressLargeTables(database.connector).catch(() => false));
    return work(database);
  };
}

/** The loaded analysis's duplicate lines, counted once (see afterCompression). */
function countDuplicateLines(): Promise<DuplicateCount> {
  return (duplicatesCounted ??= guarded('read', ({ connector }) => countDuplicates(connector), currentFiles));
}

/**
 * Work that reads the lines' products (the campaigns, the segment comparison, keeping the analysis)
 * waits for the second pass over the loaded files, run once per analysis when first needed; a pass
 * that failed is tried again by the next request.
 */
function withProducts<T>(work: (database: WasmDatabase) => Promise<T>): (database: WasmDatabase) => Promise<T> {
  return async (database) => {
    const generation = analysisGeneration;
    const current = () => generation === analysisGeneration;
    // Written after the load's tables were compressed, the details are compressed too when large
    // (6,000,000 lines: about 400 MB as written).
    const reading = (lineDetailsRead ??= sessionOf(database)
      .lineDetails(current)
      .then(() => compressLargeTables(database.connector).catch(() => false))
      .then(() => undefined));
    await reading.catch((error: unknown) => {
      if (lineDetailsRead === reading) lineDetailsRead = undefined;
      throw describeSecondPassFailure(error, 'read', currentFiles());
    });
    return work(database);
  };
}

/** Before another file is loaded: stop and forget whatever was computed from the last one. */
async function forgetLoadedFile(): Promise<void> {
  analysisGeneration++;
  lineDetailsRead = undefined;
  compression = undefined;
  duplicatesUncounted = false;
  duplicatesCounted = undefined;
  clusters?.reset();
  campaigns = undefined;
  asOfCustomers = undefined;
  segmentComparisons = undefined;
  reopenedFiles = null;
  await predictor?.reset();
}

/** The customer columns' buffers go to the page without a copy (the worker keeps none). */
function transferred<T extends LoadResult | AnalyseOutcome>(outcome: T): T {
  const result: LoadResult | null = !('kind' in outcome) ? outcome : outcome.kind === 'loaded' ? outcome.result : null;
  return result ? Comlink.transfer(outcome, columnBuffers(result.customerColumns)) : outcome;
}

async function guarded<T>(stage: EngineStage, work: (database: WasmDatabase) => Promise<T>, fileName?: () => string | undefined): Promise<T> {
  try {
    if (stage === 'read') await stopWarmUp();
    return await Promise.race([database.then(work), crash]);
  } catch (error) {
    if (isEngineCrash(error)) throw error;
    throw describeFailure(error, stage, fileName?.());
  }
}

/** Files registered with DuckDB under names of their own (the user's names may repeat or be odd). */
function registryOf(database: WasmDatabase): FileRegistry {
  return {
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
  };
}

function sessionOf(database: WasmDatabase): LoadSession {
  session ??= new LoadSession({
    connector: database.connector,
    registry: registryOf(database),
    drop: async (names) => {
      for (const name of names) await database.dropFile(name);
    },
    onQueryProgress: (listener) => database.onProgress(listener),
  });
  return session;
}

const SAMPLE_NAME = 'sample-orders.csv';

/** The kept tables as DuckDB's own Arrow IPC streams, read back in one call each. */
function keepDatabase(database: WasmDatabase): KeepDatabase {
  return {
    connector: database.connector,
    saveRows: async (sql) => new Blob([(await database.queryToIpc(sql)) as Uint8Array<ArrayBuffer>]),
    restoreTable: async (table, saved) => database.tableFromIpc(table, new Uint8Array(await saved.arrayBuffer())),
  };
}

/** A kept analysis replaces whatever was loaded: the files, their session and the models' state. */
async function reopenKept(database: WasmDatabase, onStage: (stage: LoadStage) => void) {
  await stopWarmUp();
  await forgetLoadedFile();
  await session?.forget();
  const result = await reopenAnalysis(keepDatabase(database), keptStore, onStage);
  reopenedFiles = result.sources.map((source) => source.fileName);
  return transferred(loadedFile(result, database.connector));
}

/** The sample shop: a known layout, analysed straight away. */
async function loadSample(database: WasmDatabase, onStage: (stage: LoadStage) => void, today: string) {
  onStage('reading');
  await forgetLoadedFile();
  const loads = sessionOf(database);
  const preview = await loads.inspect([{ blob: new Blob([sampleOrdersCsv()]), fileName: SAMPLE_NAME }], {}, () => {});
  if (!preview.detection.full) throw new InputError(unknownLayoutMessage(preview.headers));
  return loadedResult(await loads.analyse(preview.detection.plan, onStage, () => {}, today));
}

const currentFiles = () => session?.fileNames();

/** Every load starts the campaign tables afresh: they are built from the loaded lines. */
function loadedFile(result: LoadResult, connector: Connector): LoadResult {
  duplicatesUncounted = result.duplicates.count === null;
  campaigns = new CampaignTables(connector, result.plan.money);
  asOfCustomers = new AsOfCustomers(connector);
  segmentComparisons = new SegmentComparisons(connector);
  return result;
}

function campaignTables(): CampaignTables {
  if (!campaigns) throw new InputError('Load a file first: a campaign is made from its customers.');
  return campaigns;
}

const api: EngineApi = {
  whenReady: () => guarded('start', async () => undefined),
  loadSample: (onStage, today) =>
    guarded('read', async (database) => transferred(loadedFile(await loadSample(database, onStage, today), database.connector)), () => SAMPLE_NAME),
  inspect: (files, options, onProgress) =>
    guarded(
      'read',
      async (database) => {
        await forgetLoadedFile();
        return sessionOf(database).inspect(files.map((file) => ({ blob: file, fileName: file.name })), options, onProgress);
      },
      () => files.map((file) => file.name).join('", "'),
    ),
  checkMapping: (plan) => guarded('read', (database) => sessionOf(database).checkMapping(plan), currentFiles),
  analyse: (plan, onStage, onProgress, today) =>
    guarded(
      'read',
      async (database) => {
        await forgetLoadedFile();
        const outcome = await sessionOf(database).analyse(plan, onStage, onProgress, today);
        if (outcome.kind === 'loaded') loadedFile(outcome.result, database.connector);
        return transferred(outcome);
      },
      currentFiles,
    ),
  rejectedLinesCsv: () =>
    guarded('export', (database) => (reopenedFiles ? rejectedLinesCsv(database.connector, reopenedFiles) : sessionOf(database).rejectedLinesCsv())),
  duplicateCount: countDuplicateLines,
  reports: (params, reportRows) => guarded('segment', ({ connector }) => reportLists(connector, params, reportRows)),
  customers: (params, segment, limit, offset) => guarded('segment', ({ connector }) => segmentCustomers(connector, params, segment, limit, offset)),
  rfmCells: () => guarded('segment', ({ connector }) => rfmCells(connector)),
  clusters: (referenceDate, k) => guarded('segment', afterCompression(({ connector }) => (clusters ??= new ClusterService(connector, workerFitter)).summary(referenceDate, k))),
  chartData: (referenceDate, recencyBasis) => guarded('explore', ({ connector }) => chartData(connector, referenceDate, recencyBasis)),
  customerPage: (params, rules, query) => guarded('explore', ({ connector }) => customerPage(connector, params, rules, query)),
  customerDetail: (params, rules, customerId) =>
    guarded('explore', async (database) => {
      const detail = await customerDetail(database.connector, params, rules, customerId);
      return sessionOf(database).source() === 'customer-table' ? { ...detail, unavailable: unavailableText('invoices') } : detail;
    }),
  exportCsv: (params, rules, filter, plays) => guarded('export', ({ connector }) => exportCustomersCsv(connector, params, rules, filter, plays)),
  predict: (params, settings, reportRows) =>
    guarded(
      'predict',
      afterCompression(async (database) => {
        await sessionOf(database).customerHistories();
        return (predictor ??= new Predictor(database.connector, () => sessionOf(database).source())).predict(params, settings, reportRows);
      }),
    ),
  pipelineScript: (dialect) => guarded('export', async (database) => pipelineScript(sessionOf(database), dialect)),
  customerFacts: (params, rules, query) =>
    guarded('campaign', afterCompression(withProducts(({ connector }) => customerFacts(connector, campaignTables(), params, rules, query)))),
  revenueByCurrency: (params, rules, segmentation) =>
    guarded('campaign', afterCompression(({ connector }) => revenueByCurrency(connector, campaignTables(), params, rules, segmentation))),
  keptAnalysis: () => guarded('keep', () => keptAnalysis(keptStore)),
  keepAnalysis: (result) => guarded('keep', withProducts((database) => keepAnalysis(keepDatabase(database), keptStore, result))),
  reopenAnalysis: (onStage) => guarded('keep', (database) => reopenKept(database, onStage)),
  forgetAnalysis: () => guarded('keep', () => keptStore.clear()),
  asOfColumns: (asOfDate) =>
    guarded('segment', afterCompression(async () => {
      if (!asOfCustomers) throw new InputError('Load a file first: who moved is worked out from its lines.');
      const columns = await asOfCustomers.columns(asOfDate);
      return Comlink.transfer(columns, asOfBuffers(columns));
    })),
  customerIdsAt: (positions) => guarded('segment', ({ connector }) => customerIdsAt(connector, positions)),
  segmentComparison: (params, rules, segmentation, topProducts) =>
    guarded('explore', afterCompression(withProducts(async () => {
      if (!segmentComparisons) throw new InputError('Load a file first: the segments are compared from its customers.');
      return segmentComparisons.compare(params, rules, segmentation, topProducts);
    }))),
};

Comlink.expose(api);
