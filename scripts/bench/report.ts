/** Turns measurements into the benchmark's verdicts, table and notes. */
import { CHANGED_PERCENTILE, CHANGED_RULE_MIN, type AppCaseResult } from './app-run';
import type { NativeResult } from './native-run';

/** Targets for choosing a file → tiers on screen; other sizes only have to finish. */
const LOAD_TARGET_MS: Readonly<Record<number, number>> = { 541_909: 1_500, 2_000_000: 4_500 };
const TIER_CHANGE_TARGET_MS = 100;
const RULE_CHANGE_TARGET_MS = 100;

export interface CaseReport {
  lines: number;
  fileName: string;
  fileBytes: number;
  app: AppCaseResult;
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
  /** Why a FAIL is a FAIL, one line each. */
  reasons: string[];
}

export function judge(report: CaseReport): Verdicts {
  const { app, lines } = report;
  if (!app.ok) return { load: 'FAIL', tierChange: '-', ruleChange: '-', reasons: [`${formatLines(lines)} lines: ${app.failure}`] };
  const reasons: string[] = [];
  const target = LOAD_TARGET_MS[lines];
  const loadMet = target === undefined || app.loadWallMs <= target;
  if (!loadMet) reasons.push(`${formatLines(lines)} lines: load took ${seconds(app.loadWallMs)} s, target ≤ ${seconds(target)} s`);
  const tierMet = app.tierChange.pageDurationMs <= TIER_CHANGE_TARGET_MS;
  if (!tierMet) {
    reasons.push(`${formatLines(lines)} lines: tier change took ${Math.round(app.tierChange.pageDurationMs)} ms, target ≤ ${TIER_CHANGE_TARGET_MS} ms`);
  }
  const ruleMet = app.ruleChange.pageDurationMs <= RULE_CHANGE_TARGET_MS;
  if (!ruleMet) {
    reasons.push(`${formatLines(lines)} lines: RFM rule change took ${Math.round(app.ruleChange.pageDurationMs)} ms, target ≤ ${RULE_CHANGE_TARGET_MS} ms`);
  }
  return { load: loadMet ? 'pass' : 'FAIL', tierChange: tierMet ? 'pass' : 'FAIL', ruleChange: ruleMet ? 'pass' : 'FAIL', reasons };
}

const COLUMNS = [
  'lines', 'MB', 'engine s', 'app wall s', 'app-rep s', 'native s', 'app/native', 'target', 'load',
  'tier ms app/page/wall', 'tier', 'rule ms app/page/wall', 'rule', 'peak RSS MB', 'peak PSS MB', 'JS heap MB',
] as const;

export function formatTable(reports: readonly CaseReport[]): string {
  const rows = reports.map(tableRow);
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column])).join(' | ');
  return [line(COLUMNS), widths.map((width) => '-'.repeat(width)).join('-+-'), ...rows.map(line)].join('\n');
}

export const TABLE_LEGEND = [
  'engine s: page navigation → DuckDB-WASM instantiated and Chromium idle again (±0.25 s; not part of the load time).',
  'app wall s: from just before setInputFiles to tiles drawn and status ready, timed outside the page; pass/fail uses it.',
  'app-rep s: the app\'s own data-duration-ms (file chosen → results computed, before React draws them).',
  'native s: the same SQL on native DuckDB (multi-threaded, reads the file directly), median of the runs.',
  `tier ms: after typing ${CHANGED_PERCENTILE} into the value percentile — app-reported / input event → result in the DOM / outside wall time`,
  '  (the last includes Playwright\'s own actionability checks); pass/fail uses the middle one.',
  `rule ms: the same three, for setting Champions' M score from 4 to ${CHANGED_RULE_MIN} in the RFM rule table (after switching to RFM segments).`,
  'peak RSS/PSS MB: all Chromium processes summed. RSS (every ~100 ms) counts shared pages once per process; PSS',
  '  (every ~1 s, it is costlier to read) splits them, so it is the better "total". JS heap: the page\'s main thread (CDP).',
];

function tableRow(report: CaseReport): string[] {
  const { app, native, lines } = report;
  const verdicts = judge(report);
  const nativeMs = 'error' in native ? undefined : native.medianMs;
  const target = LOAD_TARGET_MS[lines];
  const common = {
    lines: formatLines(lines),
    mb: (report.fileBytes / 1024 / 1024).toFixed(1),
    engine: app.engineReadyMs === null ? '?' : seconds(app.engineReadyMs),
    native: nativeMs === undefined ? 'error' : seconds(nativeMs),
    target: target === undefined ? 'must finish' : `≤ ${seconds(target)} s`,
    rss: megabytes(app.memory.peakRssBytes),
    pss: megabytes(app.memory.peakPssBytes),
    heap: megabytes(app.memory.peakJsHeapBytes),
  };
  const timings = app.ok
    ? {
        wall: seconds(app.loadWallMs),
        reported: app.load.appDurationMs === null ? '?' : seconds(app.load.appDurationMs),
        ratio: nativeMs === undefined ? '-' : `${(app.loadWallMs / nativeMs).toFixed(1)}×`,
        tier: [app.tierChange.appDurationMs ?? NaN, app.tierChange.pageDurationMs, app.tierChangeWallMs].map((ms) => Math.round(ms)).join(' / '),
        rule: [app.ruleChange.appDurationMs ?? NaN, app.ruleChange.pageDurationMs, app.ruleChangeWallMs].map((ms) => Math.round(ms)).join(' / '),
      }
    : { wall: '-', reported: '-', ratio: '-', tier: '-', rule: '-' };
  return [
    common.lines, common.mb, common.engine, timings.wall, timings.reported, common.native, timings.ratio, common.target,
    verdicts.load, timings.tier, verdicts.tierChange, timings.rule, verdicts.ruleChange, common.rss, common.pss, common.heap,
  ];
}

/** Where the time went in the app and natively, and whether both found the same tiers. */
export function formatDetails(report: CaseReport): string[] {
  const { app, native } = report;
  const notes: string[] = [`${formatLines(report.lines)} lines:`];
  if (app.ok) {
    notes.push(`  app load steps: ${formatSteps(app.load.steps, report.fileName)}`);
    notes.push(`  app tier change steps: ${formatSteps(app.tierChange.steps, report.fileName)}`);
    notes.push(`  app RFM rule change steps: ${formatSteps(app.ruleChange.steps, report.fileName)}`);
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

/** The status texts repeat the file name; "<file>" keeps the line readable. */
function formatSteps(steps: readonly { atMs: number; text: string }[], fileName: string): string {
  return steps.map((step) => `+${Math.round(step.atMs)} ms "${step.text.replaceAll(fileName, '<file>')}"`).join(' → ');
}

function formatStages(stageMs: Partial<Record<string, number>>): string {
  return Object.entries(stageMs).map(([stage, ms]) => `${stage} ${Math.round(ms ?? 0)} ms`).join(', ');
}

function compareTiers(app: Record<string, number>, native: Record<string, number>): string {
  const segments = [...new Set([...Object.keys(app), ...Object.keys(native)])];
  const same = segments.every((segment) => app[segment] === native[segment]);
  const listing = segments.map((segment) => `${segment} ${app[segment] ?? '?'}/${native[segment] ?? '?'}`).join(', ');
  return `${same ? 'same' : 'DIFFERENT'} (${listing})`;
}

export function formatLines(lines: number): string {
  return lines.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
