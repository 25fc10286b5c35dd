/**
 * A stand-in for Chrome's `LanguageModel` global, put into the page by a test (page.addInitScript),
 * never by the app: it implements the documented interface (availability, create with initialPrompts,
 * monitor and signal, prompt, clone, destroy), writes an answer from the facts it is given, and keeps
 * what it was asked in `window.__standIn`. `window.__standIn.delayMs` slows each answer, so a test
 * can cancel a run in the middle.
 */
export interface StandInLog {
  created: number;
  initialPrompts: { role: string; content: string }[][];
  prompts: string[];
  delayMs: number;
}

export function installStandInLanguageModel(): void {
  const log: StandInLog = { created: 0, initialPrompts: [], prompts: [], delayMs: 0 };
  const abortError = () => Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
  const wait = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(abortError())), { once: true });
    });
  // Only numbers it was given: the days since the last order, as the prompt lists them.
  const answer = (input: string) => {
    const days = /Days since their last order: (\d+ days?)/.exec(input)?.[1] ?? 'a while';
    return JSON.stringify({
      subject: 'We have missed you',
      body: `Hi there,\n\nIt has been ${days} since we last heard from you, and we wanted to say hello (a stand-in model wrote this). Is there anything we could do better?\n\nBest wishes,\nThe team`,
      sms: `It has been ${days} since your last order. We would love to hear from you - just reply.`,
    });
  };
  const session = () => ({
    async prompt(input: string, options: { signal?: AbortSignal } = {}) {
      log.prompts.push(String(input));
      await wait(log.delayMs, options.signal);
      return answer(String(input));
    },
    async clone() {
      return session();
    },
    destroy() {},
  });
  const api = {
    async availability() {
      return 'available';
    },
    async create(options: { initialPrompts?: { role: string; content: string }[]; signal?: AbortSignal; monitor?: (monitor: EventTarget) => void } = {}) {
      log.created += 1;
      log.initialPrompts.push(options.initialPrompts ?? []);
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      await wait(0, options.signal);
      return session();
    },
  };
  Object.assign(window, { LanguageModel: api, __standIn: log });
}
