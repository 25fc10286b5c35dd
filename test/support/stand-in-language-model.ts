/** A stand-in for the browser's `LanguageModel` global: answers from a function, records what it was asked. */
import type {
  LanguageModelAvailability,
  LanguageModelCoreOptions,
  LanguageModelCreateOptions,
  LanguageModelFactory,
  LanguageModelPromptOptions,
  LanguageModelSession,
} from '../../src/ui/campaigns/language-model';

export interface StandInRecord {
  availabilityOptions: LanguageModelCoreOptions[];
  createOptions: LanguageModelCreateOptions[];
  prompts: { input: string; options?: LanguageModelPromptOptions }[];
  sessions: number;
  destroyed: number;
}

function abortError(): Error {
  return Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
}

export function standInLanguageModel(
  answer: (input: string) => string | Promise<string>,
  availability: LanguageModelAvailability = 'available',
): { api: LanguageModelFactory; record: StandInRecord } {
  const record: StandInRecord = { availabilityOptions: [], createOptions: [], prompts: [], sessions: 0, destroyed: 0 };
  const session = (): LanguageModelSession => {
    record.sessions += 1;
    return {
      async prompt(input, options) {
        record.prompts.push({ input: String(input), options });
        const text = await answer(String(input));
        if (options?.signal?.aborted) throw abortError();
        return text;
      },
      async clone() {
        return session();
      },
      destroy() {
        record.destroyed += 1;
      },
    };
  };
  const api: LanguageModelFactory = {
    async availability(options) {
      record.availabilityOptions.push(options ?? {});
      return availability;
    },
    async create(options = {}) {
      record.createOptions.push(options);
      options.monitor?.({ addEventListener: (_type, listener) => [0, 0.5, 1].forEach((loaded) => listener({ loaded })) });
      return session();
    },
  };
  return { api, record };
}
