import { useState } from 'react';
import { OFFER_LEVELS, type Play } from '../../model/campaigns/playbook/play';
import type { PlayEdit } from '../../model/campaigns/playbook/playbook-edits';
import { offerWords } from './SegmentPlay';

const TEXT_FIELDS = [
  { field: 'name', label: 'Name' },
  { field: 'goal', label: 'Goal' },
  { field: 'send', label: 'What to send' },
  { field: 'timing', label: 'When' },
  { field: 'why', label: 'Why' },
] as const;

interface Props {
  play: Play;
  onSave(change: PlayEdit): void;
  onCancel(): void;
}

/** The play's words as the owner wants them; remembered in this browser only. An empty field keeps the built-in text. */
export function PlayEditor({ play, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Play>(play);
  const setText = (field: (typeof TEXT_FIELDS)[number]['field'], text: string) => setDraft({ ...draft, [field]: text });
  const setOffer = (offer: Partial<Play['offer']>) => setDraft({ ...draft, offer: { ...draft.offer, ...offer } });
  return (
    <form className="play-card editing" data-testid="play-editor" onSubmit={(event) => (event.preventDefault(), onSave(draft))}>
      {TEXT_FIELDS.map(({ field, label }) => (
        <label key={field} className="field">
          <span>{label}</span>
          <textarea data-testid="play-field" data-field={field} rows={field === 'name' ? 1 : 2} value={draft[field]} onChange={(event) => setText(field, event.target.value)} />
        </label>
      ))}
      <label className="field">
        <span>Offer</span>
        <select data-testid="play-offer-level" value={draft.offer.level} onChange={(event) => setOffer({ level: event.target.value as Play['offer']['level'] })}>
          {OFFER_LEVELS.map((level) => (
            <option key={level} value={level}>
              {offerWords({ level, neverDiscount: false, detail: '' })}
            </option>
          ))}
        </select>
        <textarea data-testid="play-field" data-field="offer" rows={2} value={draft.offer.detail} onChange={(event) => setOffer({ detail: event.target.value })} />
      </label>
      <div className="button-row">
        <button type="submit" className="button primary small" data-testid="save-play">
          Save the play
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
