import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { editCustomRule } from '../../scripts/bench/rules-and-clusters';
import { TIMED_OUT, withTimeout } from '../../scripts/bench/sampling';
import {
  allowEvaluatedFunctions,
  armDrawnWatch,
  DRAWN_AFTER_TIERS,
  armStatusWatch,
  drawnWatchOutcome,
  statusWatchOutcome,
  type StatusOutcome,
} from '../../scripts/bench/status-watch';
import { openApp, uploadText, useBrowser, waitForState } from '../support/browser';

/**
 * The benchmark's status watch on a page that stands in for the app: a status bar, a drawn treemap
 * and a field whose edits the page answers with `answer` (what the app's handler would set).
 */
const STAND_IN = `
  <div data-testid="status" data-state="ready" data-duration-ms="7"><span>Updated the tiers in 0.01 s.</span></div>
  <div data-testid="treemap"><div data-segment="champion"></div></div>
  <input data-testid="field">`;

const browser = useBrowser();

async function standIn(answer: (status: HTMLElement) => void): Promise<Page> {
  const context = await browser().newContext();
  await allowEvaluatedFunctions(context);
  const page = await context.newPage();
  await page.setContent(STAND_IN);
  await page.evaluate(`document.querySelector('input').addEventListener('input', () => (${answer.toString()})(document.querySelector('[data-testid="status"]')))`);
  return page;
}

/** The outcome of typing into the field, or TIMED_OUT if the watch never resolves. */
async function editOutcome(page: Page): Promise<StatusOutcome | typeof TIMED_OUT> {
  await armStatusWatch(page);
  await page.fill('[data-testid="field"]', '60');
  return withTimeout(statusWatchOutcome(page), 5_000);
}

describe('the benchmark status watch', () => {
  it('ends when an edit shows the very status of the edit before it (same words, same rounded time)', async () => {
    // The handler sets what was already shown: the DOM does not change at all.
    const page = await standIn(() => {});
    const outcome = await editOutcome(page);
    expect(outcome).not.toBe(TIMED_OUT);
    expect(outcome).toMatchObject({ state: 'ready', text: 'Updated the tiers in 0.01 s.', appDurationMs: 7 });
    await page.context().close();
  });

  it('waits for a status that changes after the input, and reports the new one', async () => {
    const page = await standIn((status) => {
      status.dataset.state = 'working';
      status.innerHTML = '<span>Applying the RFM segments…</span>';
      setTimeout(() => {
        status.dataset.state = 'ready';
        status.dataset.durationMs = '120';
        status.innerHTML = '<span>Updated the RFM segments in 0.12 s.</span>';
      }, 300);
    });
    const outcome = await editOutcome(page);
    expect(outcome).toMatchObject({ state: 'ready', text: 'Updated the RFM segments in 0.12 s.', appDurationMs: 120 });
    expect((outcome as StatusOutcome).steps.map((step) => step.text)).toEqual(['Applying the RFM segments…', 'Updated the RFM segments in 0.12 s.']);
    await page.context().close();
  });

  it('does not take an unfinished status left as it was (a load still starting) for the result', async () => {
    const page = await standIn((status) => {
      setTimeout(() => {
        status.dataset.state = 'ready';
        status.innerHTML = '<span>Analysed orders.csv in 0.40 s.</span>';
      }, 300);
    });
    await page.evaluate(() => {
      const status = document.querySelector<HTMLElement>('[data-testid="status"]')!;
      status.dataset.state = 'idle';
      status.innerHTML = '<span>Choose an order file.</span>';
    });
    const outcome = await editOutcome(page);
    expect(outcome).toMatchObject({ state: 'ready', text: 'Analysed orders.csv in 0.40 s.' });
    expect((outcome as StatusOutcome).steps.map((step) => step.text)).toEqual(['Analysed orders.csv in 0.40 s.']);
    await page.context().close();
  });

  it('in the app, ends on an edit whose status reads as the last one only once the edit is on screen', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate('globalThis.__name = (target) => target'); // as allowEvaluatedFunctions does for a new page
    const csv = sampleOrdersCsv({ seed: 7, customers: 300, lines: 6_000 });
    await uploadText(page, 'orders.csv', csv);
    await waitForState(page, 'ready');
    await editCustomRule(page);
    // A few hundred customers take a millisecond or two: among edits back and forth, some read
    // "Updated the tiers in 0.00 s." with the same data-duration-ms as the one before, the DOM's
    // status left as it was.
    const edits = [];
    for (let edit = 0; edit < 20; edit++) edits.push(await timedEdit(page, edit % 2 === 0 ? '50' : '10'));
    expect(edits.map((edit) => edit.totalsAtEnd)).not.toContain(TIMED_OUT);
    const sameStatus = edits.filter((edit) => edit.statusBefore === edit.statusAfter);
    expect(sameStatus.length).toBeGreaterThan(0);
    for (const edit of sameStatus) {
      expect(edit.totalsAfter, 'each edit moves customers').not.toBe(edit.totalsBefore);
      expect(edit.totalsAtEnd, 'the watch ends with the new totals on screen').toBe(edit.totalsAfter);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in the app, times a load to the tiers drawn, and then to the rest of the results with the reports\' lists', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate('globalThis.__name = (target) => target');
    await armStatusWatch(page);
    await armDrawnWatch(page, DRAWN_AFTER_TIERS);
    // Asked for before the file is chosen: what is in the page the moment the status watch ends.
    const atTiersDrawn = page.evaluate(() =>
      (window as unknown as { __benchWatch: Promise<unknown> }).__benchWatch.then(() => ({
        tiles: document.querySelectorAll('[data-testid="treemap"] [data-segment]').length,
        cleaningReport: document.querySelector('[data-testid="cleaning-report"]') !== null,
        leakList: document.querySelector('[data-testid="revenue-leak"][data-state="ready"]') !== null,
      })),
    );
    const csv = sampleOrdersCsv({ seed: 7, customers: 300, lines: 6_000 });
    await uploadText(page, 'orders.csv', csv);
    const tiers = await statusWatchOutcome(page);
    const rest = await withTimeout(drawnWatchOutcome(page), 10_000);
    expect(tiers.state).toBe('ready');
    const drawnFirst = await atTiersDrawn;
    expect(drawnFirst.tiles).toBeGreaterThan(0);
    expect(drawnFirst).toMatchObject({ cleaningReport: false, leakList: false });
    expect(rest).not.toBe(TIMED_OUT);
    expect(rest).toBeGreaterThan(tiers.pageDurationMs);
    expect(await page.getAttribute('[data-testid="margin-protection"]', 'data-state')).toBe('ready');
    expect(await page.locator('[data-testid="margin-protection"] [data-customer-id]').count()).toBeGreaterThan(0);
    // The duplicate lines, counted by the engine once the cleaning report asked, as the file's text repeats them.
    const lines = csv.trim().split('\n').slice(1);
    const repeated = lines.length - new Set(lines).size;
    expect(repeated).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-testid="duplicates"]', 'data-duplicate-lines')).toBe(String(repeated));
    expect(await page.textContent('[data-testid="duplicates"]')).toContain(`${repeated} lines are identical in every column to an earlier line; they are kept`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const statusNow = (page: Page) =>
  page.evaluate(() => {
    const status = document.querySelector('[data-testid="status"]')!;
    return `${status.getAttribute('data-duration-ms')}|${status.textContent}`;
  });
const totalsNow = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="segment-summary"]')!.textContent);

/** Sets the Champion rule's recency bound with the watch armed; the totals when it ended are read in the page. */
async function timedEdit(page: Page, days: string) {
  const [statusBefore, totalsBefore] = [await statusNow(page), await totalsNow(page)];
  await armStatusWatch(page);
  await page.fill('[data-testid="tier-rule"][data-tier="champion"] input[data-field="value"]', days);
  const totalsAtEnd = await withTimeout(
    page.evaluate(() => (window as unknown as { __benchWatch: Promise<unknown> }).__benchWatch.then(() => document.querySelector('[data-testid="segment-summary"]')!.textContent)),
    5_000,
  );
  return { statusBefore, totalsBefore, totalsAtEnd, statusAfter: await statusNow(page), totalsAfter: await totalsNow(page) };
}
