import { useCallback } from 'react';
import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { MessageTemplates } from '../../model/campaigns/messages/default-templates';
import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';
import type { Draft } from '../../model/campaigns/messages/template-draft';
import type { SegmentKey } from '../../model/campaigns/playbook/playbook';
import { shownDraft } from './campaign-drafts';
import { useDraftState } from './use-draft-state';
import { useOnDeviceWriter } from './use-on-device-writer';

/**
 * A segment's drafts: what each customer is shown (the owner's edit, else the on-device model's while
 * it is the writer, else the templates'), the owner's edits, and the model writing a page of them.
 */
export function useCampaignDrafts(segmentKey: SegmentKey, templates: MessageTemplates, shop: ShopDetails, page: readonly CustomerFacts[]) {
  const { writer, setWriter, overrides, setOverride } = useDraftState(segmentKey);
  const onDevice = useOnDeviceWriter();
  const draftOf = useCallback((facts: CustomerFacts) => shownDraft(facts, templates, shop, writer, overrides[facts.id]), [templates, shop, writer, overrides]);
  // The model improves the template draft, and the template draft stands when it fails.
  const jobs = page.map((facts) => ({ facts, fallback: shownDraft(facts, templates, shop, 'template').draft }));
  const writeOnDevice = () =>
    onDevice.write(jobs, shop, (id, outcome) => setOverride(id, outcome.ok ? { by: 'device', draft: outcome.draft } : { by: 'device', declined: outcome.reason }));
  const editByHand = (customerId: string, draft: Draft | null) => setOverride(customerId, draft && { by: 'hand', draft });
  return { writer, setWriter, onDevice, draftOf, writeOnDevice, editByHand };
}
