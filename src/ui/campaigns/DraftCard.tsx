import { useState } from 'react';
import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { Draft } from '../../model/campaigns/messages/template-draft';
import { MESSAGE_PARTS } from '../../model/campaigns/messages/message-templates';
import type { ShownDraft } from './campaign-drafts';
import { FactsLine } from './FactsLine';

interface Props {
  facts: CustomerFacts;
  shown: ShownDraft;
  onEdit(draft: Draft): void;
  onRevert(): void;
}

/** One customer's draft for review: what it is built from, who wrote it, and the owner's own edit. */
export function DraftCard({ facts, shown, onEdit, onRevert }: Props) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const { draft } = shown;
  return (
    <li className="draft" data-testid="draft" data-customer-id={facts.id} data-source={draft.source} data-edited={shown.editedByHand}>
      <FactsLine facts={facts} />
      <p className="draft-source small" data-testid="draft-source">
        {draft.source === 'on-device' ? 'Written on this device' : 'From the templates'}
        {shown.editedByHand ? ', edited by you' : ''}
        {shown.declined ? ` (the on-device draft was not used: ${shown.declined})` : ''}
      </p>
      {editing ? (
        <DraftForm draft={editing} onChange={setEditing} onSave={() => (onEdit(editing), setEditing(null))} onCancel={() => setEditing(null)} />
      ) : (
        <>
          <p className="draft-subject" data-testid="draft-subject">{draft.subject}</p>
          <p className="draft-body" data-testid="draft-body">{draft.body}</p>
          <p className="draft-sms small" data-testid="draft-sms">SMS: {draft.sms}</p>
          <div className="button-row">
            <button type="button" className="button small" data-testid="edit-draft" onClick={() => setEditing(draft)}>
              Edit
            </button>
            {shown.editedByHand && (
              <button type="button" className="button small" data-testid="revert-draft" onClick={onRevert}>
                Undo my edit
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

function DraftForm({ draft, onChange, onSave, onCancel }: { draft: Draft; onChange(draft: Draft): void; onSave(): void; onCancel(): void }) {
  return (
    <form className="draft-form" onSubmit={(event) => (event.preventDefault(), onSave())}>
      {MESSAGE_PARTS.map((part) => (
        <textarea key={part} data-testid="draft-edit" data-part={part} aria-label={part} rows={part === 'body' ? 8 : 2} value={draft[part]} onChange={(event) => onChange({ ...draft, [part]: event.target.value })} />
      ))}
      <div className="button-row">
        <button type="submit" className="button primary small" data-testid="save-draft">
          Keep this draft
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
