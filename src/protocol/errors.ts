/**
 * A problem with the user's file, worded for the user: what is wrong, where, and what to do.
 * Its name survives the worker boundary, so the UI shows the message as it is; any other error is
 * treated as unexpected.
 */
export class InputError extends Error {
  override name = 'InputError';
}

export function isInputError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'InputError';
}
