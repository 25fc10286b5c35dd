/** Turns measurements into the benchmark's verdicts, tables and notes. */
import { CHANGED_PERCENTILE, CHANGED_RULE_MIN, type AppCaseResult } from './app-run';
import type { BenchFile } from './bench-files';
import {
  LOAD_RATIO_TARGET, formatAppStages, formatBareStages, formatWalls, summariseLoads, typicalRun, type LoadSeries,
} from './load-report';
import type { LoadRun } from './load-runs';
import type { NativeResult } from './native-run';

/** The next three are set for 100,000 customers, so they hold for every smaller file too. */
const TIER_CHANGE_TARGET_MS = 100;
const RULE_CHANGE_TARGET_MS = 100;
/** BG/NBD + Gamma-Gamma, as the worker times them. */
const FIT_TARGET_MS = 2_000;

export interface CaseReport {
  file: BenchFile;
  fileBytes: number;
  /** The first app run, with the threshold and rule changes, the fits and memory. */
  app: AppCaseResult;
  /** Every load of the file, the app's and the bare engine's interleaved. */
  loads: LoadSeries;
  native: NativeResult | { error: string };
  /** Average cores other processes on the machine used while the app case and the native runs ran. */
  otherCores: { app: number; native: number };
}

/** Enough foreign CPU use to matter on the 2-core machine the targets were set for. */
export const DISTURBED_CORES = 0.5;

export function wasDisturbed(report: CaseReport): boolean {
  return report.otherCores.app >= DISTURBED_CORES || report.otherCores.native >= DISTURBED_CORES;
}

type Verdict = 'pass' | 'FAIL';

interface Verdicts {
  load: Verdict;
  tierChange: Verdict | '-';
  ruleChange: Verdict | '-';
  fit: Verdict | '-';
  /** Why a FAIL is a FAIL, one line each. */
  reasons: string[];
}

export function judge(report: CaseReport): Verdicts {
  const { app, file } = report;
  if (!app.ok) return { load: 'FAIL', tierChange: '-', ruleChange: '-', fit: '-', reasons: [`${file.label}: ${app.failure}`] };
  const reasons: string[] = [];
  const { ratio } = summariseLoads(report.loads);
  const loadMet = !file.ratioTarget || ratio <= LOAD_RATIO_TARGET;
  if (!loadMet) reasons.push(`${file.label}: load took ${ratio.toFixed(2)}× the bare engine, target ≤ ${LOAD_RATIO_TARGET}×`);
  const within = (what: string, ms: number, targetMs: number): Verdict => {
    if (ms <= targetMs) return 'pass';
    reasons.push(`${file.label}: ${what} took ${Math.round(ms)} ms, target ≤ ${targetMs} ms`);
    return 'FAIL';
  };
  return {
    load: loadMet ? 'pass' : 'FAIL',
    tierChange: within('tier change', app.tierChange.pageDurationMs, TIER_CHANGE_TARGET_MS),
    ruleChange: within('RFM rule change', app.ruleChange.pageDurationMs, RULE_CHANGE_TARGET_MS),
    // NaN (no fit timing: too few repeat customers to fit) fails too, rather than passing unseen.
    fit: within('fitting BG/NBD + Gamma-Gamma', app.predictions.fitMs, FIT_TARGET_MS),
    reasons,
  };
}

const LOAD_COLUMNS = ['file', 'MB', 'customers', 'runs', 'app s', 'bare s', 'app/bare', 'target', 'load', 'native s', 'app/native', 'threaded bare s'] as const;

/** One row per file: the load figures, medians over the runs. */
export function formatLoadTable(reports: readonly CaseReport[]): string {
  return formatColumns(LOAD_COLUMNS, reports.map(loadRow));
}

function loadRow(report: CaseReport): string[] {
  const { appMs, bareMs, ratio, bareIsolatedMs } = summariseLoads(report.loads);
  const nativeMs = 'error' in report.native ? NaN : report.native.medianMs;
  const { app } = report;
  return [
    report.file.label,
    (report.fileBytes / 1024 / 1024).toFixed(1),
    app.ok ? formatLines(Object.values(app.tierCustomers).reduce((sum, count) => sum + count, 0)) : '-',
    String(report.loads.app.length),
    seconds(appMs),
    seconds(bareMs),
    `${ratio.toFixed(2)}×`,
    report.file.ratioTarget ? `≤ ${LOAD_RATIO_TARGET}×` : 'must finish',
    judge(report).load,
    seconds(nativeMs),
    `${(appMs / nativeMs).toFixed(1)}×`,
    seconds(bareIsolatedMs),
  ];
}

export const LOAD_LEGEND = [
  'app s: file chosen (just before setInputFiles) → tiers drawn, timed outside the page, median of the runs; each run in a fresh tab',
  '  with the engine started and Chromium idle first. bare s: the same for DuckDB-WASM alone (scripts/bench/bare-engine): register the',
  '  file, read every column as text with the app\'s CSV reader, one row per customer; app and bare runs interleaved. app/bare: the ratio',
  '  of the medians, judged against the target. native s: the app\'s SQL on native DuckDB (2 threads). threaded bare s: the bare page',
  '  served with COOP/COEP (cross-origin isolated), where DuckDB-WASM runs its threaded build; the notes say whether it read the same.',
];

const COLUMNS = [
  'file', 'engine s', 'tier ms app/page/wall', 'tier', 'rule ms app/page/wall', 'rule', 'fit s', 'fit', 'peak RSS MB', 'peak PSS MB', 'JS heap MB',
] as const;

/** One row per file: start, interactions, fits and memory, from the first app run. */
export function formatTable(reports: readonly CaseReport[]): string {
  return formatColumns(COLUMNS, reports.map(tableRow));
}

function formatColumns(titles: readonly string[], rows: readonly string[][]): string {
  const widths = titles.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column])).join(' | ');
  return [line(titles), widths.map((width) => '-'.repeat(width)).join('-+-'), ...rows.map(line)].join('\n');
}

export const TABLE_LEGEND = [
  'engine s: page navigation → DuckDB-WASM instantiated and Chromium idle again (±0.25 s; first visit, not part of the load time).',
  `tier ms: after typing ${CHANGED_PERCENTILE} into the value percentile — app-reported / input event → result in the DOM / outside wall time`,
  '  (the last includes Playwright\'s own actionability checks); pass/fail uses the middle one.',
  `rule ms: the same three, for setting Champions' M score from 4 to ${CHANGED_RULE_MIN} in the RFM rule table (after switching to RFM segments).`,
  'customers: as the app counts them (those of the generated customers who bought). fit s: BG/NBD + Gamma-Gamma, the',
  '  validation fit plus the fit on all customers, timed in the worker (data-fit-ms); pass/fail uses it.',
  'peak RSS/PSS MB: all Chromium processes summed. RSS (every ~100 ms) counts shared pages once per process; PSS',
  '  (every ~1 s, it is costlier to read) splits them, so it is the better "total". JS heap: the page\'s main thread (CDP).',
];

function tableRow(report: CaseReport): string[] {
  const { app } = report;
  const verdicts = judge(report);
  const memory = [megabytes(app.memory.peakRssBytes), megabytes(app.memory.peakPssBytes), megabytes(app.memory.peakJsHeapBytes)];
  const engine = app.engineReadyMs === null ? '?' : seconds(app.engineReadyMs);
  if (!app.ok) return [report.file.label, engine, '-', '-', '-', '-', '-', '-', ...memory];
  const tier = [app.tierChange.appDurationMs ?? NaN, app.tierChange.pageDurationMs, app.tierChangeWallMs].map((ms) => Math.round(ms)).join(' / ');
  const rule = [app.ruleChange.appDurationMs ?? NaN, app.ruleChange.pageDurationMs, app.ruleChangeWallMs].map((ms) => Math.round(ms)).join(' / ');
  return [report.file.label, engine, tier, verdicts.tierChange, rule, verdicts.ruleChange, seconds(app.predictions.fitMs), verdicts.fit, ...memory];
}

/** Where the time went in the app and natively, and whether both found the same tiers. */
export function formatDetails(report: CaseReport): string[] {
  const { app, native } = report;
  const fileName = report.file.path.split('/').at(-1) ?? '';
  const notes: string[] = [`${report.file.label}:`];
  notes.push(...loadNotes(report.loads));
  if (app.ok) {
    notes.push(`  app load steps (first run): ${formatSteps(app.load.steps, fileName)}`);
    notes.push(`  app tier change steps: ${formatSteps(app.tierChange.steps, fileName)}`);
    notes.push(`  app RFM rule change steps: ${formatSteps(app.ruleChange.steps, fileName)}`);
    notes.push(
      `  customer lists (reports, selected segment, explorer page) current again: ${Math.round(app.tierListsWallMs)} ms after the tier change, ${Math.round(app.ruleListsWallMs)} ms after the rule change (wall)`,
    );
    const { totalMs, historiesMs, fitMs, classifierMs, writeMs } = app.predictions;
    notes.push(
      `  background predictions (worker): ${seconds(totalMs)} s in all; histories ${seconds(historiesMs)} s, BG/NBD + Gamma-Gamma fits ${seconds(fitMs)} s, classifier ${seconds(classifierMs)} s, predictions written ${seconds(writeMs)} s`,
    );
  } else {
    notes.push(`  app FAILED: ${app.failure}`);
    for (const error of app.pageErrors.slice(0, 5)) notes.push(`  page error: ${error}`);
  }
  const { app: appOthers, native: nativeOthers } = report.otherCores;
  const disturbed = wasDisturbed(report) ? ' — DISTURBED, timings pessimistic' : '';
  notes.push(`  other processes used ${appOthers.toFixed(2)} cores during the app case, ${nativeOthers.toFixed(2)} during native${disturbed}`);
  const { baselineRssBytes, baselinePssBytes } = app.memory;
  notes.push(`  Chromium before choosing the file: RSS ${megabytes(baselineRssBytes)} MB, PSS ${megabytes(baselinePssBytes)} MB`);
  if ('error' in native) {
    notes.push(`  native FAILED: ${native.error}`);
    return notes;
  }
  notes.push(`  native runs: ${native.runs.map((run) => seconds(run.totalMs)).join(', ')} s; stages of the median run: ${formatStages(native.typical.stageMs)}`);
  if (app.ok) notes.push(`  tiers (customers) app vs native: ${compareTiers(app.tierCustomers, native.typical.tierCustomers)}`);
  return notes;
}

/** Every run's wall time, and the stages of the median app and bare runs. */
function loadNotes(loads: LoadSeries): string[] {
  const notes = [`  load runs (wall s): app ${formatWalls(loads.app)}; bare ${formatWalls(loads.bare)}`];
  if (loads.bareIsolated.length) notes.push(`  threaded bare runs (wall s): ${formatWalls(loads.bareIsolated)}`);
  const app = typicalRun(loads.app);
  const bare = typicalRun(loads.bare);
  if (app) notes.push(`  app stages (median run): ${formatAppStages(app)}`);
  if (bare) notes.push(`  bare engine stages (median run): ${formatBareStages(bare)}`);
  const bareIsolated = typicalRun(loads.bareIsolated);
  if (bareIsolated) notes.push(`  threaded bare engine stages (median run): ${formatBareStages(bareIsolated)}`);
  const foundOf = (run: LoadRun) => run.found?.split(', ').slice(0, 2).join(', ');
  const differing = loads.bareIsolated.filter((run) => bare && foundOf(run) !== foundOf(bare));
  if (differing.length > 0) {
    notes.push(`  WRONG: ${differing.length} of ${loads.bareIsolated.length} threaded bare runs read other figures than the single-threaded one (${differing.map(foundOf).join('; ')})`);
  }
  return notes;
}

/** The status texts repeat the file name; "<file>" keeps the line readable. */
function formatSteps(steps: readonly { atMs: number; text: string }[], fileName: string): string {
  return steps.map((step) => `+${Math.round(step.atMs)} ms "${step.text.replaceAll(fileName, '<file>')}"`).join(' → ');
}

function formatStages(stageMs: Partial<Record<string, number>>): string {
  return Object.entries(stageMs).map(([stage, ms]) => `${stage} ${Math.round(ms ?? 0)} ms`).join(', ');
}

export function compareTiers(app: Record<string, number>, native: Record<string, number>): string {
  const segments = [...new Set([...Object.keys(app), ...Object.keys(native)])];
  const same = segments.every((segment) => app[segment] === native[segment]);
  const listing = segments.map((segment) => `${segment} ${app[segment] ?? '?'}/${native[segment] ?? '?'}`).join(', ');
  return `${same ? 'same' : 'DIFFERENT'} (${listing})`;
}

export function formatLines(lines: number): string {
  return lines.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return Number.isNaN(ms) ? '-' : (ms / 1000).toFixed(2);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
