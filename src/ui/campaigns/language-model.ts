/**
 * The part of the browser's built-in Prompt API (the `LanguageModel` global in Chrome) that the
 * campaign writer uses, as documented; types only, so the page can pass the real global and a test
 * can pass a stand-in. The system prompt is the first of `initialPrompts` (role "system"): the spec
 * has no separate `systemPrompt` option.
 *
 * https://developer.chrome.com/docs/ai/prompt-api
 * https://github.com/webmachinelearning/prompt-api (index.bs: the Web IDL)
 */

/** "downloadable" and "downloading": the model can be used once the browser has fetched it. */
export type LanguageModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export type LanguageModelRole = 'system' | 'user' | 'assistant';

export interface LanguageModelMessage {
  role: LanguageModelRole;
  content: string;
  /** An assistant message the model continues rather than answers. */
  prefix?: boolean;
}

/** What a session will be given and asked to produce; languages as BCP 47 tags ("en"). */
export interface LanguageModelExpected {
  type: 'text';
  languages?: string[];
}

/** Options `availability()` takes; `create()` should be given the same ones. */
export interface LanguageModelCoreOptions {
  expectedInputs?: LanguageModelExpected[];
  expectedOutputs?: LanguageModelExpected[];
}

/** The download progress the browser reports while it fetches the model (`loaded` from 0 to 1). */
export interface DownloadProgress {
  loaded: number;
}

export interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgress) => void): void;
}

export interface LanguageModelCreateOptions extends LanguageModelCoreOptions {
  signal?: AbortSignal;
  monitor?: (monitor: CreateMonitor) => void;
  initialPrompts?: LanguageModelMessage[];
}

export interface LanguageModelPromptOptions {
  /** A JSON Schema (or RegExp) the answer must follow. */
  responseConstraint?: object;
  /** Leave the schema out of the prompt (then describe the format in words). */
  omitResponseConstraintInput?: boolean;
  signal?: AbortSignal;
}

/** A session: one conversation with the model, holding its initial prompts. */
export interface LanguageModelSession {
  prompt(input: string | LanguageModelMessage[], options?: LanguageModelPromptOptions): Promise<string>;
  /** A new session with the same initial prompts, cheaper than creating one. */
  clone(options?: { signal?: AbortSignal }): Promise<LanguageModelSession>;
  destroy(): void;
}

/** The `LanguageModel` global's static side. */
export interface LanguageModelFactory {
  availability(options?: LanguageModelCoreOptions): Promise<LanguageModelAvailability>;
  create(options?: LanguageModelCreateOptions): Promise<LanguageModelSession>;
}
