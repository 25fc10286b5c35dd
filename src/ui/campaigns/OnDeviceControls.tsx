import type { useOnDeviceWriter } from './use-on-device-writer';

interface Props {
  onDevice: ReturnType<typeof useOnDeviceWriter>;
  /** Drafts on the page, which one click writes. */
  count: number;
  onWrite(): void;
}

/** Write this page's drafts with the browser's model, follow it, cancel it; why it could not, when it could not. */
export function OnDeviceControls({ onDevice, count, onWrite }: Props) {
  const { run, problem, status } = onDevice;
  return (
    <div className="on-device" data-testid="on-device">
      {run ? (
        <>
          <span className="muted small" data-testid="on-device-progress" aria-live="polite">
            {run.downloading !== null ? `The browser is downloading its model: ${Math.round(run.downloading * 100)}%` : `Writing on this device: ${run.done} of ${run.total}`}
          </span>
          <button type="button" className="button small" data-testid="cancel-drafts" onClick={onDevice.cancel}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="button primary small" data-testid="write-drafts" disabled={count === 0} onClick={onWrite}>
          Write {count} {count === 1 ? 'draft' : 'drafts'} on this device
        </button>
      )}
      <span className="muted small">
        {status === 'downloadable' ? 'The browser downloads its model first (once). ' : ''}The model runs inside this browser: no customer fact leaves it.
      </span>
      {problem && (
        <span className="muted small" data-testid="on-device-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
