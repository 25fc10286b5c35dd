/**
 * Watches the app's status from inside the page, so "done" is the moment React committed the
 * result rather than the next time a poll from Node happened to look. The watch is armed before the
 * action (file chosen, threshold typed) and read after it, which leaves no window to miss a change.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface StatusStep {
  /** Milliseconds after the user's input event (or after arming, if none came). */
  atMs: number;
  text: string;
}

export interface StatusOutcome {
  state: 'ready' | 'error';
  text: string;
  /** The app's own measure (`data-duration-ms`); absent in the error state. */
  appDurationMs: number | null;
  /** From the input event the action fired to the result in the DOM, measured in the page. */
  pageDurationMs: number;
  /** Each distinct status text on the way, e.g. "Reading …", "Cleaning …": where the time went. */
  steps: StatusStep[];
}

interface WatchWindow {
  __benchWatch?: Promise<StatusOutcome>;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in a `__name(...)` helper that
 * exists in Node but not in the page; functions passed to page.evaluate need it there too.
 */
export async function allowEvaluatedFunctions(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (globalThis as unknown as { __name: (target: unknown) => unknown }).__name = (target) => target;
  });
}

export async function armStatusWatch(page: Page): Promise<void> {
  await page.evaluate(installStatusWatch);
}

export async function statusWatchOutcome(page: Page): Promise<StatusOutcome> {
  return page.evaluate(() => (window as WatchWindow).__benchWatch!);
}

/**
 * Runs in the page. Resolves once the status has changed since arming and then shows either an
 * error or "ready" with treemap tiles drawn. "Changed" matters for the threshold change, which
 * starts from a ready state that must not count as its own result.
 *
 * A change can also end on the very status it started from: two tier edits in a row both read
 * "Updated the tiers in 0.01 s." when their times round to the same milliseconds, and then the DOM
 * never changes. React commits what a discrete input (typing, choosing) sets before the next task
 * runs, so a status still the same one task after the user's input is that input's result.
 */
function installStatusWatch(): void {
  const statusElement = () => document.querySelector('[data-testid="status"]');
  const snapshot = () => {
    const status = statusElement();
    return `${status?.getAttribute('data-state')}|${status?.getAttribute('data-duration-ms')}|${status?.textContent}`;
  };
  // Leaves out the Cancel button, and the elapsed-seconds counter ("… 3 s"), which ticks every
  // half second without being a new step.
  const statusText = (status: Element | null) =>
    Array.from(status?.querySelectorAll(':scope > :not(button)') ?? [])
      .map((child) => child.textContent ?? '')
      .join(' ')
      .trim()
      .replace(/\s+\d+ s$/, '');
  const initial = snapshot();
  const armedAt = performance.now();
  let inputAt: number | null = null;
  const markInput = () => {
    if (inputAt !== null) return;
    inputAt = performance.now();
    setTimeout(() => check(true), 0);
  };
  document.addEventListener('input', markInput, { capture: true });
  document.addEventListener('change', markInput, { capture: true });
  const steps: StatusStep[] = [];
  const since = () => performance.now() - (inputAt ?? armedAt);
  let resolve: (outcome: StatusOutcome) => void = () => {};
  (window as WatchWindow).__benchWatch = new Promise<StatusOutcome>((settle) => {
    resolve = settle;
  });

  const check = (inputHandled = false) => {
    const status = statusElement();
    const state = status?.getAttribute('data-state');
    const tilesDrawn = document.querySelector('[data-testid="treemap"] [data-segment]') !== null;
    const finished = state === 'error' || (state === 'ready' && tilesDrawn);
    // Other parts of the page change too (the typed value); only a changed status counts, or a
    // finished one that stayed the same once the input has been handled.
    if (snapshot() === initial && !(inputHandled && finished)) return;
    const text = statusText(status);
    if (steps.at(-1)?.text !== text) steps.push({ atMs: since(), text });
    if (!finished) return;
    observer.disconnect();
    document.removeEventListener('input', markInput, { capture: true });
    document.removeEventListener('change', markInput, { capture: true });
    const duration = status?.getAttribute('data-duration-ms');
    resolve({
      state,
      text,
      appDurationMs: duration ? Number(duration) : null,
      pageDurationMs: since(),
      steps,
    });
  };
  const observer = new MutationObserver(() => check());
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Drawn after the tiers (ui/sections/DrawnAfterTiers.tsx): the cleaning report at the page's end
 * with its count of duplicate lines, which the engine makes once the page asks for it, and the
 * reports' lists, which the engine makes while the page draws the tiers.
 */
export const DRAWN_AFTER_TIERS = [
  '[data-testid="cleaning-report"] [data-testid="duplicates"][data-state="counted"]',
  '[data-testid="revenue-leak"][data-state="ready"]',
  '[data-testid="margin-protection"][data-state="ready"]',
];

interface DrawnWatchWindow {
  __benchDrawn?: Promise<number>;
}

/**
 * Arms a watch for the moment every one of `selectors` matches an element in the page, in
 * milliseconds after the user's input event: for a load, when what the app draws after the tiers
 * (the reports and their lists, the sections below) has arrived, which the status watch does
 * not wait for.
 */
export async function armDrawnWatch(page: Page, selectors: readonly string[]): Promise<void> {
  await page.evaluate((watched) => {
    let inputAt: number | null = null;
    const markInput = () => {
      inputAt ??= performance.now();
    };
    document.addEventListener('input', markInput, { capture: true, once: true });
    document.addEventListener('change', markInput, { capture: true, once: true });
    (window as DrawnWatchWindow).__benchDrawn = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (inputAt === null || watched.some((selector) => document.querySelector(selector) === null)) return;
        observer.disconnect();
        resolve(performance.now() - inputAt);
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }, selectors);
}

/** What armDrawnWatch saw (waits for it). */
export async function drawnWatchOutcome(page: Page): Promise<number> {
  return page.evaluate(() => (window as DrawnWatchWindow).__benchDrawn!);
}
