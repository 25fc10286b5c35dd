import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Play } from '../../model/campaigns/playbook/play';
import { editPlay, playFor, readPlaybookEdits, resetPlay, type PlayEdit, type PlaybookEdits } from '../../model/campaigns/playbook/playbook-edits';
import type { SegmentKey } from '../../model/campaigns/playbook/playbook';
import { CAMPAIGN_KEYS } from './campaign-storage';
import { useStored } from './use-stored';

/** The plays with the owner's edits, for every place that shows one (summary rows, reports, the campaign). */
export interface Playbook {
  play(key: SegmentKey): Play;
  isEdited(key: SegmentKey): boolean;
  edit(key: SegmentKey, change: PlayEdit): void;
  reset(key: SegmentKey): void;
}

function playbookOver(edits: PlaybookEdits, setEdits: (next: PlaybookEdits) => void): Playbook {
  // One object per play for the same edits, so what is drawn from a play is not redrawn for nothing.
  const plays = new Map<SegmentKey, Play>();
  return {
    play: (key) => plays.get(key) ?? plays.set(key, playFor(key, edits)).get(key)!,
    isEdited: (key) => edits[key] !== undefined,
    edit: (key, change) => setEdits(editPlay(edits, key, change)),
    reset: (key) => setEdits(resetPlay(edits, key)),
  };
}

// Without a provider (a component drawn on its own): the built-in plays, not editable.
const PlaybookContext = createContext<Playbook>(playbookOver({}, () => {}));

/** The playbook with the edits this browser remembers. */
export function usePlaybookState(): Playbook {
  const [edits, setEdits] = useStored(CAMPAIGN_KEYS.playbook, readPlaybookEdits);
  return useMemo(() => playbookOver(edits, setEdits), [edits, setEdits]);
}

export function PlaybookProvider({ playbook, children }: { playbook: Playbook; children: ReactNode }) {
  return <PlaybookContext.Provider value={playbook}>{children}</PlaybookContext.Provider>;
}

export function usePlaybook(): Playbook {
  return useContext(PlaybookContext);
}
