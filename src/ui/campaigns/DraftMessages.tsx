import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { Draft } from '../../model/campaigns/messages/template-draft';
import { formatCount } from '../../model/shared/format';
import type { DraftWriter, ShownDraft } from './campaign-drafts';
import { DraftCard } from './DraftCard';
import { OnDeviceControls } from './OnDeviceControls';
import type { CampaignPage } from './use-campaign-page';
import type { useOnDeviceWriter } from './use-on-device-writer';

interface Props {
  page: CampaignPage;
  offset: number;
  pageSize: number;
  onPage(offset: number): void;
  writer: DraftWriter;
  onWriter(writer: DraftWriter): void;
  onDevice: ReturnType<typeof useOnDeviceWriter>;
  /** Has the on-device model write this page's drafts (from the click: the model may need downloading). */
  onWriteOnDevice(): void;
  draftOf(facts: CustomerFacts): ShownDraft;
  onEdit(customerId: string, draft: Draft | null): void;
}

/** A draft per customer, a page at a time, from the writer chosen; each can be reviewed and edited. */
export function DraftMessages({ page, offset, pageSize, onPage, writer, onWriter, onDevice, onWriteOnDevice, draftOf, onEdit }: Props) {
  const state = onDevice.run ? 'writing' : page.current ? 'ready' : 'loading';
  return (
    <div className="drafts" data-testid="draft-messages" data-state={state} data-writer={writer} aria-busy={state !== 'ready'}>
      <h3>Drafts</h3>
      <div className="controls">
        <label className="field">
          <span>Written by</span>
          <select data-testid="draft-writer" value={writer} onChange={(event) => onWriter(event.target.value as DraftWriter)}>
            <option value="template">the templates</option>
            {onDevice.available && <option value="on-device">this browser’s own language model</option>}
          </select>
        </label>
        {writer === 'on-device' && <OnDeviceControls onDevice={onDevice} count={page.customers.length} onWrite={onWriteOnDevice} />}
      </div>
      {page.failure && <p className="field-error">The customers could not be read: {page.failure}</p>}
      <Pager total={page.total} offset={offset} pageSize={pageSize} onPage={onPage} disabled={onDevice.run !== null} />
      <ol className="draft-list" start={offset + 1}>
        {page.customers.map((facts) => (
          <DraftCard key={facts.id} facts={facts} shown={draftOf(facts)} onEdit={(draft) => onEdit(facts.id, draft)} onRevert={() => onEdit(facts.id, null)} />
        ))}
      </ol>
      {page.current && page.total === 0 && <p className="muted">No customers in this segment.</p>}
    </div>
  );
}

function Pager({ total, offset, pageSize, onPage, disabled }: { total: number; offset: number; pageSize: number; onPage(offset: number): void; disabled: boolean }) {
  if (total <= pageSize) return null;
  const last = Math.min(offset + pageSize, total);
  return (
    <div className="button-row pager">
      <button type="button" className="button small" data-testid="drafts-previous" disabled={disabled || offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        ← Previous
      </button>
      <span className="muted small" data-testid="drafts-range">
        {formatCount(offset + 1)}–{formatCount(last)} of {formatCount(total)}
      </span>
      <button type="button" className="button small" data-testid="drafts-next" disabled={disabled || last >= total} onClick={() => onPage(offset + pageSize)}>
        Next →
      </button>
    </div>
  );
}
