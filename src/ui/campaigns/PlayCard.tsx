import { useState } from 'react';
import type { Channel } from '../../model/campaigns/playbook/play';
import type { SegmentKey } from '../../model/campaigns/playbook/playbook';
import { PlayEditor } from './PlayEditor';
import { OfferBadge } from './SegmentPlay';
import { usePlaybook } from './playbook-context';

const CHANNEL_WORDS: Record<Channel, string> = {
  personal_email: 'a personal e-mail from you',
  email: 'an e-mail campaign',
  email_and_sms: 'an e-mail campaign, and a text to those who agreed to texts',
  newsletter: 'your regular newsletter',
};

/** The segment's play in full: goal, what to send, the offer, when, why; the owner can rewrite any of it. */
export function PlayCard({ segmentKey }: { segmentKey: SegmentKey }) {
  const playbook = usePlaybook();
  const [editing, setEditing] = useState(false);
  const play = playbook.play(segmentKey);
  if (editing) return <PlayEditor play={play} onSave={(change) => (playbook.edit(segmentKey, change), setEditing(false))} onCancel={() => setEditing(false)} />;
  return (
    <div className="play-card" data-testid="play-card" data-play={play.id} data-edited={playbook.isEdited(segmentKey)}>
      <h3>
        {play.name} <OfferBadge offer={play.offer} />
      </h3>
      <dl className="play-fields">
        <dt>Goal</dt>
        <dd data-field="goal">{play.goal}</dd>
        <dt>Send</dt>
        <dd data-field="send">
          {play.send} <span className="muted">By {CHANNEL_WORDS[play.channel]}.</span>
        </dd>
        <dt>Offer</dt>
        <dd data-field="offer">{play.offer.detail}</dd>
        <dt>When</dt>
        <dd data-field="timing">{play.timing}</dd>
        <dt>Why</dt>
        <dd data-field="why">{play.why}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button small" data-testid="edit-play" onClick={() => setEditing(true)}>
          Edit the play
        </button>
        {playbook.isEdited(segmentKey) && (
          <button type="button" className="button small" data-testid="reset-play" onClick={() => playbook.reset(segmentKey)}>
            Back to the built-in play
          </button>
        )}
      </div>
    </div>
  );
}
