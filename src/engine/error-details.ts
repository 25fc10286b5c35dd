import * as Comlink from 'comlink';

/**
 * comlink sends an error across the worker boundary as its name, message and stack only; the page
 * also needs the details behind a failure (the engine's words and the SQL) for the bug-report
 * disclosure. Its receiving side already copies every field it is given onto the new Error.
 */
export function sendErrorDetails(): void {
  const builtIn = Comlink.transferHandlers.get('throw')!;
  Comlink.transferHandlers.set('throw', {
    canHandle: builtIn.canHandle,
    serialize(thrown) {
      const { value } = thrown as { value: unknown };
      if (!(value instanceof Error)) return builtIn.serialize(thrown);
      const { name, message, stack } = value;
      const detail = (value as { detail?: unknown }).detail;
      return [{ isError: true, value: { name, message, stack, ...(detail === undefined ? {} : { detail }) } }, []];
    },
    deserialize: builtIn.deserialize,
  });
}
