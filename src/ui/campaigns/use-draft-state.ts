import { useCallback, useState } from 'react';
import type { SegmentKey } from '../../model/campaigns/playbook/playbook';
import type { DraftOverride, DraftOverrides, DraftWriter } from './campaign-drafts';

/**
 * The writer chosen and what became of each customer's draft beyond the templates, per segment, for
 * as long as the file is on screen: switching segments and back keeps the owner's edits.
 */
export function useDraftState(segmentKey: SegmentKey) {
  const [writer, setWriter] = useState<DraftWriter>('template');
  const [bySegment, setBySegment] = useState<Partial<Record<SegmentKey, DraftOverrides>>>({});
  const setOverride = useCallback(
    (customerId: string, override: DraftOverride | null) =>
      setBySegment((before) => {
        const overrides = { ...before[segmentKey] };
        if (override === null) delete overrides[customerId];
        else overrides[customerId] = override;
        return { ...before, [segmentKey]: overrides };
      }),
    [segmentKey],
  );
  return { writer, setWriter, overrides: bySegment[segmentKey] ?? {}, setOverride };
}
