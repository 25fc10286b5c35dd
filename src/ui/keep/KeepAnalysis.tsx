import { formatCount, formatFileSize } from '../../model/shared/format';
import type { KeptAnalysis } from '../../protocol/keep';
import type { KeptState } from './use-kept-analysis';

interface Props {
  state: KeptState;
  /** An analysis is on screen (it can be kept). */
  analysed: boolean;
  busy: boolean;
}

/**
 * "Keep this analysis on this device", and on a later visit the offer to reopen it. Nothing is kept
 * without the click, and a kept analysis is only reopened on a click too: on a shared computer the
 * next person sees the offer, not the data.
 */
export function KeepAnalysis({ state, analysed, busy }: Props) {
  const { kept, showingKept, working, note } = state;
  if (kept === undefined) return null;
  const disabled = busy || working;
  // Nothing to offer: the answer is still there for automation, hidden from everyone else.
  if (!kept && !analysed && !note) return <div data-testid="kept-analysis" data-kept="no" hidden />;
  return (
    <section className="kept-analysis" data-testid="kept-analysis" data-kept={kept ? (kept.outdated ? 'outdated' : 'yes') : 'no'} aria-label="Kept on this device">
      {analysed && showingKept && kept && <span>This analysis is kept on this device ({formatFileSize(kept.bytes)}).</span>}
      {analysed && !showingKept && (
        <button type="button" className="button small" data-testid="keep-analysis" disabled={disabled} onClick={state.keep}>
          Keep this analysis on this device
        </button>
      )}
      {!analysed && kept && <KeptOffer kept={kept} disabled={disabled} onReopen={state.reopen} />}
      {kept && (
        <button type="button" className="button small" data-testid="forget-analysis" disabled={disabled} onClick={state.forget}>
          Forget {analysed && !showingKept ? 'the analysis kept before' : 'it'}
        </button>
      )}
      {note && (
        <span className="muted" data-testid="kept-note" role="status">
          {note}
        </span>
      )}
    </section>
  );
}

function KeptOffer({ kept, disabled, onReopen }: { kept: KeptAnalysis; disabled: boolean; onReopen(): void }) {
  if (kept.outdated) return <span>An analysis kept by an older version of this app is on this device ({formatFileSize(kept.bytes)}); it cannot be reopened.</span>;
  return (
    <>
      <span>
        Kept on this device: the analysis of <strong>{kept.fileName}</strong> ({formatCount(kept.customers)} customers, {formatFileSize(kept.bytes)}, kept{' '}
        {kept.keptAt.slice(0, 10)}).
      </span>
      <button type="button" className="button small primary" data-testid="reopen-analysis" disabled={disabled} onClick={onReopen}>
        Reopen it
      </button>
    </>
  );
}
