import { describe, expect, it } from 'vitest';
import { editPlay, isEdited, playFor, readPlaybookEdits, resetPlay } from '../../../src/model/campaigns/playbook/playbook-edits';
import { defaultPlay, rfmKey, tierKey } from '../../../src/model/campaigns/playbook/playbook';

const champion = tierKey('champion');

describe("the owner's edits over the playbook", () => {
  it('changes only the edited part of one segment', () => {
    const edits = editPlay({}, champion, { goal: 'Keep our regulars close.' });
    const play = playFor(champion, edits);
    expect(play.goal).toBe('Keep our regulars close.');
    expect(play.send).toBe(defaultPlay(champion).send);
    expect(playFor(rfmKey('champions'), edits).goal).toBe(defaultPlay(rfmKey('champions')).goal);
    expect(isEdited(edits, champion)).toBe(true);
    expect(isEdited(edits, rfmKey('champions'))).toBe(false);
  });

  it('keeps only what differs from the default', () => {
    const original = defaultPlay(champion);
    let edits = editPlay({}, champion, { goal: 'Other words', timing: original.timing });
    expect(edits).toEqual({ [champion]: { goal: 'Other words' } });
    edits = editPlay(edits, champion, { goal: `  ${original.goal} ` });
    expect(edits).toEqual({});
  });

  it('never leaves a field empty', () => {
    const edits = editPlay({}, champion, { goal: '   ', why: '' });
    expect(edits).toEqual({});
    expect(playFor(champion, { [champion]: { goal: '' } }).goal).toBe(defaultPlay(champion).goal);
  });

  it('drops "never discount" once the play gives a discount', () => {
    const edits = editPlay({}, champion, { offer: { level: 'small', detail: 'Free shipping this month.' } });
    const play = playFor(champion, edits);
    expect(play.offer).toEqual({ level: 'small', neverDiscount: false, detail: 'Free shipping this month.' });
    expect(edits[champion]).toEqual({ offer: { level: 'small', neverDiscount: false, detail: 'Free shipping this month.' } });
  });

  it('merges successive edits of one play and resets it', () => {
    let edits = editPlay({}, champion, { offer: { detail: 'Nothing off, ever.' } });
    edits = editPlay(edits, champion, { channel: 'personal_email' });
    expect(playFor(champion, edits)).toMatchObject({ channel: 'personal_email', offer: { level: 'none', detail: 'Nothing off, ever.' } });
    expect(resetPlay(edits, champion)).toEqual({});
    expect(edits[champion]).toBeDefined();
  });

  it('reads stored edits back, leaving out anything that is not an edit', () => {
    const edits = editPlay({}, tierKey('hibernating'), { name: 'Last call', offer: { level: 'none' } });
    expect(readPlaybookEdits(JSON.parse(JSON.stringify(edits)))).toEqual(edits);
    const stored = {
      'tier:whale': { goal: 'x' },
      'tier:average': { goal: 7, channel: 'fax', offer: { level: 'huge', detail: ['x'] }, why: 'Because.' },
      'rfm:lost': null,
      'rfm:others': [],
    };
    expect(readPlaybookEdits(stored)).toEqual({ 'tier:average': { why: 'Because.' } });
    for (const junk of [null, 'text', 3, []]) expect(readPlaybookEdits(junk)).toEqual({});
  });
});
