import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';
import type { Draft } from '../../model/campaigns/messages/template-draft';
import type { OnDeviceOutcome } from '../../model/campaigns/on-device-answer';
import type { LanguageModelFactory } from './language-model';
import { openOnDeviceWriter } from './on-device-writer';

export interface DraftJob {
  facts: CustomerFacts;
  /** The template draft: what the model improves, and what stands if it fails. */
  fallback: Draft;
}

export interface DraftingEvents {
  signal: AbortSignal;
  onDownloadProgress?(loaded: number): void;
  onOutcome(customerId: string, outcome: OnDeviceOutcome): void;
}

/**
 * Has the browser's model write each customer's draft in turn, one session for all of them, until
 * every one is done or the owner cancels: the customers not reached keep their template drafts. Opens
 * the session first, which may download the model (so it must start from a click). Returns null, or
 * why there is no model to write with.
 */
export async function writeOnDevice(api: LanguageModelFactory | null, jobs: readonly DraftJob[], shop: ShopDetails, events: DraftingEvents): Promise<string | null> {
  const writer = await openOnDeviceWriter(api, { signal: events.signal, onDownloadProgress: events.onDownloadProgress });
  if ('unavailable' in writer) return writer.unavailable;
  try {
    for (const { facts, fallback } of jobs) {
      if (events.signal.aborted) break;
      const outcome = await writer.write(facts, shop, fallback, events.signal);
      if (events.signal.aborted) break;
      events.onOutcome(facts.id, outcome);
    }
  } finally {
    writer.close();
  }
  return null;
}
