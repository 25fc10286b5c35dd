import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { MessageTemplates } from '../../model/campaigns/messages/default-templates';
import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';
import { templateDraft, type Draft } from '../../model/campaigns/messages/template-draft';

/** Which writer the drafts come from: the templates, or the browser's own language model. */
export type DraftWriter = 'template' | 'on-device';

/**
 * What became of one customer's draft beyond the templates: the owner edited it by hand (kept
 * whichever writer is chosen), or the on-device model wrote it (shown while that writer is chosen),
 * or the model's answer was turned down and the template draft stands, with the reason.
 */
export type DraftOverride = { by: 'hand'; draft: Draft } | { by: 'device'; draft: Draft } | { by: 'device'; declined: string };

export type DraftOverrides = Readonly<Record<string, DraftOverride>>;

export interface ShownDraft {
  draft: Draft;
  editedByHand: boolean;
  /** Why the on-device model's draft was not used, when it was not. */
  declined?: string;
}

/** The draft a customer gets: the owner's edit, else the model's while it is the writer, else the templates'. */
export function shownDraft(facts: CustomerFacts, templates: MessageTemplates, shop: ShopDetails, writer: DraftWriter, override?: DraftOverride): ShownDraft {
  if (override?.by === 'hand') return { draft: override.draft, editedByHand: true };
  const fromDevice = writer === 'on-device' ? override : undefined;
  if (fromDevice && 'draft' in fromDevice) return { draft: fromDevice.draft, editedByHand: false };
  const draft = templateDraft(facts, templates, shop);
  return fromDevice && 'declined' in fromDevice ? { draft, editedByHand: false, declined: fromDevice.declined } : { draft, editedByHand: false };
}
