import { useEffect, useState } from 'react';
import type { FailureDetail } from '../../protocol/errors';
import { statusAnnouncement, type Status } from './status';
import type { LoadSource } from '../../protocol/load';

const STAGE_TEXT: Record<string, string> = {
  starting: 'Starting the engine',
  reading: 'Reading',
  cleaning: 'Cleaning the order lines of',
  aggregating: 'Adding up customers in',
  updating: 'Applying',
};

/** Where the app says what it is doing; `data-state` is the automation contract. */
interface Props {
  status: Status;
  /** What the results were loaded from (`data-source`: lines or customer-table), once there are results. */
  source?: LoadSource;
  engineReady: boolean;
  onCancel(): void;
  /** Reads the cancelled files again, up to the mapping screen. */
  onReopenMapping(): void;
}

export function StatusBar({ status, source, engineReady, onCancel, onReopenMapping }: Props) {
  const elapsed = useElapsed(status.state === 'working' ? status.startedAt : null);
  const announcement = statusAnnouncement(status);
  return (
    <>
      <div
        className={`status status-${status.state}`}
        data-testid="status"
        data-state={status.state}
        data-engine={engineReady ? 'ready' : 'starting'}
        data-source={status.state === 'ready' ? source : undefined}
        data-duration-ms={status.state === 'ready' ? Math.round(status.durationMs) : undefined}
        role="status"
        aria-live="polite"
      >
        {status.state === 'idle' && <span key={announcement}>{status.message ?? (engineReady ? 'Choose an order file, or try the sample data.' : 'Starting the analysis engine… you can already choose a file.')}</span>}
        {status.state === 'idle' && status.cancelled && (
          <button type="button" className="button small" data-testid="reopen-mapping" onClick={onReopenMapping}>
            Check how the columns of {status.cancelled} are read
          </button>
        )}
        {status.state === 'working' && (
          <>
            <span className="spinner" aria-hidden="true" />
            <span key={announcement}>
              {STAGE_TEXT[status.stage]} {status.subject}… <span aria-hidden="true">{elapsed >= 1 ? `${elapsed.toFixed(0)} s` : ''}</span>
            </span>
            <button type="button" className="button small" data-testid="cancel" onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
        {status.state === 'ready' && (
          <span key={announcement}>
            {status.subject} in {(status.durationMs / 1000).toFixed(status.durationMs < 10_000 ? 2 : 1)} s.
          </span>
        )}
        {status.state === 'error' && <span key={announcement}>{status.message}</span>}
      </div>
      {status.state === 'error' && status.detail && <FailureDetails detail={status.detail} />}
    </>
  );
}

function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, (now - startedAt) / 1000);
}

/** The engine's own words and the statement that failed, out of the way, for a bug report. */
function FailureDetails({ detail }: { detail: FailureDetail }) {
  return (
    <details className="failure-details" data-testid="failure-details">
      <summary>Technical details</summary>
      <p>
        While: {detail.stage}. The engine said: <code>{detail.engineMessage}</code>
      </p>
      {detail.sql && <pre>{detail.sql.trim()}</pre>}
    </details>
  );
}
