/**
 * Drafts written by the browser's own language model, when it has one: the facts never leave the
 * device, and no remote service is ever called. One session holds the system prompt; each customer
 * gets a clone of it, so customers never see each other's facts. Whatever goes wrong (no model, the
 * owner cancels, a bad answer) ends in the template draft and a reason the page can show.
 */
import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { LanguageModelAvailability, LanguageModelCoreOptions, LanguageModelFactory, LanguageModelSession } from './language-model';
import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';
import { readOnDeviceAnswer, type OnDeviceOutcome } from '../../model/campaigns/on-device-answer';
import { ON_DEVICE_SYSTEM_PROMPT, buildOnDevicePrompt } from '../../model/campaigns/on-device-prompt';
import type { Draft } from '../../model/campaigns/messages/template-draft';

// The same options go to availability() and create(), as the Prompt API asks.
const ENGLISH_TEXT: LanguageModelCoreOptions = {
  expectedInputs: [{ type: 'text', languages: ['en'] }],
  expectedOutputs: [{ type: 'text', languages: ['en'] }],
};

export type OnDeviceStatus = LanguageModelAvailability | 'absent';

/** The browser's `LanguageModel` global, when it has one. */
export function findLanguageModel(scope: object = globalThis): LanguageModelFactory | null {
  const candidate = (scope as { LanguageModel?: Partial<LanguageModelFactory> }).LanguageModel;
  return typeof candidate?.availability === 'function' && typeof candidate.create === 'function' ? (candidate as LanguageModelFactory) : null;
}

export async function onDeviceStatus(api: LanguageModelFactory | null): Promise<OnDeviceStatus> {
  if (!api) return 'absent';
  try {
    return await api.availability(ENGLISH_TEXT);
  } catch {
    return 'unavailable';
  }
}

export interface OnDeviceWriter {
  write(facts: CustomerFacts, shop: ShopDetails, fallback: Draft, signal?: AbortSignal): Promise<OnDeviceOutcome>;
  close(): void;
}

/**
 * Opens a session (downloading the model first if the browser must; call it from a click, as the
 * browser requires a user gesture for that), or says why there is none.
 */
export async function openOnDeviceWriter(
  api: LanguageModelFactory | null,
  options: { signal?: AbortSignal; onDownloadProgress?: (loaded: number) => void } = {},
): Promise<OnDeviceWriter | { unavailable: string }> {
  const status = await onDeviceStatus(api);
  if (!api || status === 'absent') return { unavailable: 'this browser has no on-device language model' };
  if (status === 'unavailable') return { unavailable: "this browser's on-device language model cannot run here" };
  try {
    const session = await api.create({
      ...ENGLISH_TEXT,
      signal: options.signal,
      monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => options.onDownloadProgress?.(event.loaded)),
      initialPrompts: [{ role: 'system', content: ON_DEVICE_SYSTEM_PROMPT }],
    });
    return writerOver(session);
  } catch (error) {
    return { unavailable: failureReason(error, options.signal) };
  }
}

function writerOver(base: LanguageModelSession): OnDeviceWriter {
  return {
    async write(facts, shop, fallback, signal) {
      let session: LanguageModelSession | undefined;
      try {
        session = await base.clone({ signal });
        const prompt = buildOnDevicePrompt(facts, shop, fallback);
        const answer = await session.prompt(prompt.user, { signal, responseConstraint: prompt.responseSchema });
        return readOnDeviceAnswer(answer, facts, shop, fallback);
      } catch (error) {
        return { ok: false, draft: fallback, reason: failureReason(error, signal) };
      } finally {
        session?.destroy();
      }
    },
    close: () => base.destroy(),
  };
}

function failureReason(error: unknown, signal?: AbortSignal): string {
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) return 'cancelled';
  return `the on-device model failed: ${error instanceof Error ? error.message : String(error)}`;
}
