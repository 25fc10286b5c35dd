/**
 * What the user sees while a file loads: every change of the progress bar and of the status line,
 * stamped on arrival in Node. It shows whether a long load keeps moving or sits still (an Excel
 * workbook used to show nothing while it was unpacked and parsed).
 */
import type { BrowserContext } from 'playwright-core';
import { allowEvaluatedFunctions } from './status-watch';

export interface TimelineEvent {
  atMs: number;
  /** Present when the progress bar changed: its phase, figures and label. */
  progress?: { phase: string; bytesRead: number; bytesTotal: number; label: string };
  /** Present when the status changed: its `data-state` and text. */
  status?: { state: string; text: string };
}

interface TimelineWindow {
  __benchTimeline?: (event: Omit<TimelineEvent, 'atMs'>) => void;
}

/** Starts recording into `events` in every page of `context` opened from now on. */
export async function recordLoadTimeline(context: BrowserContext, events: TimelineEvent[]): Promise<void> {
  await context.exposeBinding('__benchTimeline', (_source, event: Omit<TimelineEvent, 'atMs'>) => {
    events.push({ atMs: performance.now(), ...event });
  });
  await allowEvaluatedFunctions(context);
  await context.addInitScript(installTimelineWatch);
}

/** Runs in the page. The elapsed-seconds counter in the status ("… 3 s") is not a change. */
function installTimelineWatch(): void {
  let lastProgress = '';
  let lastStatus = '';
  const report = (event: Omit<TimelineEvent, 'atMs'>) => (window as TimelineWindow).__benchTimeline?.(event);
  const check = () => {
    const bar = document.querySelector('[data-testid="progress"]');
    if (bar) {
      const progress = {
        phase: bar.getAttribute('data-phase') ?? '',
        bytesRead: Number(bar.getAttribute('data-bytes-read')),
        bytesTotal: Number(bar.getAttribute('data-bytes-total')),
        label: (bar.querySelector('span')?.textContent ?? '').replace(/ · about .*$/, ''),
      };
      const key = JSON.stringify(progress);
      if (key !== lastProgress) report({ progress });
      lastProgress = key;
    }
    const statusElement = document.querySelector('[data-testid="status"]');
    const text = Array.from(statusElement?.querySelectorAll(':scope > :not(button)') ?? [])
      .map((child) => child.textContent ?? '')
      .join(' ')
      .trim()
      .replace(/\s+\d+ s$/, '');
    const status = { state: statusElement?.getAttribute('data-state') ?? '', text };
    const key = JSON.stringify(status);
    if (key !== lastStatus) report({ status });
    lastStatus = key;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * For the first load in the timeline (status working → ready or error): one line per stretch of the
 * same progress phase, then the longest wait without any change shown.
 */
export function describeLoad(timeline: readonly TimelineEvent[], fileName: string): string[] {
  const first = timeline.findIndex((event) => event.status?.state === 'working');
  const end = timeline.findIndex((event, index) => index > first && ['ready', 'error'].includes(event.status?.state ?? ''));
  if (first < 0 || end < 0) return ['no complete load was seen'];
  const events = timeline.slice(first, end + 1);
  const progress = events.filter((event) => event.progress);
  const start = events[0].atMs;
  const at = (ms: number) => `+${((ms - start) / 1000).toFixed(1)} s`;
  const lines: string[] = [`file chosen → ${events.at(-1)!.status!.state}: ${((events.at(-1)!.atMs - start) / 1000).toFixed(1)} s`];
  let phaseStart = 0;
  progress.forEach((event, index) => {
    const next = progress[index + 1];
    if (next && next.progress!.phase === event.progress!.phase) return;
    const opening = progress[phaseStart];
    const share = (item: TimelineEvent) => `${Math.round((100 * item.progress!.bytesRead) / Math.max(1, item.progress!.bytesTotal))}%`;
    lines.push(
      `${event.progress!.phase} ${at(opening.atMs)} → ${at(event.atMs)}: ${index - phaseStart + 1} updates, ${share(opening)} → ${share(event)} ("${opening.progress!.label}")`,
    );
    phaseStart = index + 1;
  });
  const { gapMs, after } = longestStill(events);
  lines.push(`longest time with nothing changing on screen: ${(gapMs / 1000).toFixed(1)} s, after ${after.replaceAll(fileName, '<file>')}`);
  return lines;
}

function longestStill(events: readonly TimelineEvent[]): { gapMs: number; after: string } {
  let gapMs = 0;
  let after = '';
  for (let index = 1; index < events.length; index++) {
    const gap = events[index].atMs - events[index - 1].atMs;
    if (gap <= gapMs) continue;
    gapMs = gap;
    const previous = events[index - 1];
    after = previous.progress ? `progress "${previous.progress.label}"` : `status "${previous.status?.text}"`;
  }
  return { gapMs, after };
}
