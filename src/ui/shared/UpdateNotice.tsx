import { useUpdateCheck } from './use-update-check';
import './update-notice.css';

/** A quiet line at the foot of the window when a new version of the app is ready. */
export function UpdateNotice() {
  const { updateReady, reload, dismiss } = useUpdateCheck();
  if (!updateReady) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>A new version is ready.</span>
      <button type="button" className="button primary small" onClick={reload} title="Reloading clears the analysis on screen">
        Reload
      </button>
      <button type="button" className="link" onClick={dismiss}>
        Later
      </button>
    </div>
  );
}
