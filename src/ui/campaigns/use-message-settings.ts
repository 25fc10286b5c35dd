import { useCallback, useMemo } from 'react';
import type { MessagePart, TemplateEdits } from '../../model/campaigns/messages/message-templates';
import { readTemplateEdits, templatesFor } from '../../model/campaigns/messages/message-templates';
import type { SegmentKey } from '../../model/campaigns/playbook/playbook';
import { CAMPAIGN_KEYS, readShopDetails } from './campaign-storage';
import { useStored } from './use-stored';

/** The shop's name and a segment's message templates, both as the owner left them in this browser. */
export function useMessageSettings(segmentKey: SegmentKey) {
  const [shop, setShop] = useStored(CAMPAIGN_KEYS.shop, readShopDetails);
  const [edits, setEdits] = useStored<TemplateEdits>(CAMPAIGN_KEYS.templates, readTemplateEdits);
  const templates = useMemo(() => templatesFor(segmentKey, edits), [segmentKey, edits]);
  const editTemplate = useCallback(
    (part: MessagePart, text: string) => setEdits({ ...edits, [segmentKey]: { ...edits[segmentKey], [part]: text } }),
    [edits, segmentKey, setEdits],
  );
  const resetTemplates = useCallback(() => {
    const others = { ...edits };
    delete others[segmentKey];
    setEdits(others);
  }, [edits, segmentKey, setEdits]);
  return { shop, setShop, templates, edited: edits[segmentKey] ?? {}, editTemplate, resetTemplates };
}
