/**
 * How soon the page is ready for a file: navigation → the engine reports ready, on a first visit
 * (nothing cached) and on repeat visits once the offline copy is installed (the service worker
 * answers from its cache). Measured as a person gets it: one browser profile on disk kept across
 * the visits (a private window's caches differ), each visit traced to show where the time goes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithProfile } from '../../test/support/browser';
import { allowEvaluatedFunctions } from './status-watch';
import { median } from './sampling';
import { START_STAGES, START_TRACE_CATEGORIES, startStages, type StartStage, type StartStages, type TraceEvent } from './start-stages';

export interface StartTimes {
  firstVisitMs: number;
  repeatVisitsMs: number[];
  repeatMedianMs: number;
  /** Each stage's median over the repeat visits, in ms since navigation. */
  repeatStagesMs: StartStages;
  /** Whether the repeat visits were cross-origin isolated (the service worker's headers). */
  repeatIsolated: boolean;
}

const READY_LIMIT_MS = 60_000;
const INSTALL_LIMIT_MS = 120_000;

interface ReadyWindow {
  __engineReadyAt?: number;
}

export async function measureStart(appUrl: string, repeats: number): Promise<StartTimes> {
  const profile = mkdtempSync(join(tmpdir(), 'retention-bench-profile-'));
  const context = await launchWithProfile(profile);
  try {
    await allowEvaluatedFunctions(context);
    await context.addInitScript(recordEngineReady);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const first = await tracedVisit(cdp, page, () => page.goto(appUrl));
    // The offline copy is complete once the service worker is active (installing waits for the precache).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    }, undefined);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: INSTALL_LIMIT_MS });
    const repeatVisits: { readyMs: number; stages: StartStages }[] = [];
    let repeatIsolated = true;
    for (let visit = 0; visit < repeats; visit++) {
      repeatVisits.push(await tracedVisit(cdp, page, () => page.reload()));
      repeatIsolated &&= await page.evaluate(() => globalThis.crossOriginIsolated === true);
    }
    const repeatVisitsMs = repeatVisits.map((visit) => visit.readyMs);
    const repeatStagesMs = Object.fromEntries(START_STAGES.map(([stage]) => [stage, median(repeatVisits.map((visit) => visit.stages[stage]))])) as StartStages;
    return { firstVisitMs: first.readyMs, repeatVisitsMs, repeatMedianMs: median(repeatVisitsMs), repeatStagesMs, repeatIsolated };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The start's figures as the benchmark prints them. */
export function startReport(start: StartTimes): string[] {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const stages = START_STAGES.map(([stage, label]: readonly [StartStage, string]) => `${label} ${seconds(start.repeatStagesMs[stage])}`);
  return [
    `Start (navigation → engine ready): first visit ${seconds(start.firstVisitMs)} s; repeat visits ${start.repeatVisitsMs.map(seconds).join(', ')} s ` +
      `(median ${seconds(start.repeatMedianMs)} s, target ≤ 1 s${start.repeatIsolated ? ', cross-origin isolated' : ''})`,
    `  repeat visits, median s since navigation: ${stages.join('; ')}; ready on the page ${seconds(start.repeatMedianMs)}`,
  ];
}

async function tracedVisit(cdp: CDPSession, page: Page, navigate: () => Promise<unknown>): Promise<{ readyMs: number; stages: StartStages }> {
  const events: TraceEvent[] = [];
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: START_TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  await navigate();
  const readyMs = await engineReadyAt(page);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { readyMs, stages: startStages(events) };
}

async function engineReadyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as ReadyWindow).__engineReadyAt !== undefined, undefined, { timeout: READY_LIMIT_MS });
  return page.evaluate(() => (window as ReadyWindow).__engineReadyAt!);
}

/** Runs in the page before its scripts: notes performance.now() (ms since navigation) when the engine is ready. */
function recordEngineReady(): void {
  const check = () => {
    if ((window as ReadyWindow).__engineReadyAt !== undefined) return;
    if (document.querySelector('[data-testid="status"][data-engine="ready"]')) {
      (window as ReadyWindow).__engineReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
