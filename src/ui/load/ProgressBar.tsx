import { useEffect, useState } from 'react';
import type { LoadProgress } from '../../protocol/load';
import { formatCount, formatFileSize } from '../../model/shared/format';

const PHASE_TEXT: Record<LoadProgress['phase'], string> = {
  scanning: 'Checking the text encoding',
  unpacking: 'Unpacking the workbook',
  converting: 'Converting the rows',
  transcoding: 'Converting Windows-1252 text to UTF-8',
  reading: 'Reading',
};

/**
 * Bytes read so far, with an estimate of the time left from the pace since this phase began.
 * `data-bytes-read` / `data-bytes-total` are the automation contract.
 */
export interface ShownProgress extends LoadProgress {
  /** When the current phase began (performance.now()) and how many bytes were read then. */
  phaseStartedAt: number;
  phaseStartBytes: number;
}

/** Adds the start of the phase to a progress report, keeping it while the phase goes on. */
export function withPhaseStart(next: LoadProgress, previous: ShownProgress | null): ShownProgress {
  if (previous && previous.phase === next.phase) return { ...next, phaseStartedAt: previous.phaseStartedAt, phaseStartBytes: previous.phaseStartBytes };
  return { ...next, phaseStartedAt: performance.now(), phaseStartBytes: next.bytesRead };
}

export function ProgressBar({ progress }: { progress: ShownProgress }) {
  const left = useSecondsLeft(progress);
  const share = progress.bytesTotal > 0 ? Math.min(1, progress.bytesRead / progress.bytesTotal) : 0;
  return (
    <div className="progress" data-testid="progress" data-phase={progress.phase} data-bytes-read={progress.bytesRead} data-bytes-total={progress.bytesTotal}>
      <progress max={1} value={share} aria-label={`${PHASE_TEXT[progress.phase]}: ${Math.round(share * 100)}%`} />
      <span className="muted small">
        {PHASE_TEXT[progress.phase]}: {formatFileSize(progress.bytesRead)} of {formatFileSize(progress.bytesTotal)} ({Math.round(share * 100)}%)
        {left !== null && left >= 1 ? ` · about ${formatCount(Math.ceil(left))} s left` : ''}
      </span>
    </div>
  );
}

/** Seconds left at the pace of the current phase so far; null until there is a pace to go by. */
function useSecondsLeft(progress: ShownProgress): number | null {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = (now - progress.phaseStartedAt) / 1000;
  const done = progress.bytesRead - progress.phaseStartBytes;
  if (elapsed < 1 || done <= 0) return null;
  return ((progress.bytesTotal - progress.bytesRead) * elapsed) / done;
}
