import { formatFileSize } from '../../model/shared/format';
import { failureDetail, isEngineCrash, isInputError, type FailureDetail } from '../../protocol/errors';
import type { LoadProgress, LoadStage } from '../../protocol/load';

/** What the status bar says; `state` is the automation contract (`data-state`). */
export type Status =
  | { state: 'idle'; message?: string; /** The cancelled files, which can be read again. */ cancelled?: string }
  | { state: 'working'; stage: LoadStage | 'updating'; subject: string; startedAt: number }
  | { state: 'ready'; subject: string; durationMs: number }
  | { state: 'error'; message: string; /** The engine's words and SQL, for a bug report. */ detail?: FailureDetail };

/**
 * What makes one status a new announcement. A screen reader reads a live region's added nodes, so the
 * status bar's words are keyed by this: two tier changes in a row that both read "Updated the tiers in
 * 0.01 s." are still two announcements (their unrounded durations differ), while a status rebuilt with
 * the same content on every render (the RFM view's) is not announced again. The seconds counting up
 * while the engine works are not part of it: they are shown, not spoken.
 */
export function statusAnnouncement(status: Status): string {
  switch (status.state) {
    case 'idle':
      return `idle:${status.message ?? ''}:${status.cancelled ?? ''}`;
    case 'working':
      return `working:${status.stage}:${status.subject}:${status.startedAt}`;
    case 'ready':
      return `ready:${status.subject}:${status.durationMs}`;
    case 'error':
      return `error:${status.message}`;
  }
}

/** A failure as the status bar shows it: the user's words, anything else behind the details. */
export function errorStatus(error: unknown, progress: LoadProgress | null = null): Status {
  const known = isInputError(error) || isEngineCrash(error);
  // Anything else is a bug on this page: its own words go to the details, not the message.
  const detail = failureDetail(error) ?? (known ? undefined : { stage: 'start' as const, engineMessage: error instanceof Error ? error.message : String(error) });
  const message = known ? (error as Error).message : 'Something unexpected went wrong. Try again, or reload the page; the details below help a bug report.';
  return { state: 'error', message: withFigureReached(message, progress), detail };
}

/** A load that ran out of memory says how far it got, so the user knows what size the browser managed. */
function withFigureReached(message: string, progress: LoadProgress | null): string {
  if (!progress || progress.bytesTotal === 0 || !/memory|engine stopped/i.test(message)) return message;
  const share = Math.round((100 * progress.bytesRead) / progress.bytesTotal);
  return `${message} It had read ${formatFileSize(progress.bytesRead)} of ${formatFileSize(progress.bytesTotal)} (${share}%) of the file when it stopped.`;
}
