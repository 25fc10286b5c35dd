import { InputError, isInputError } from '../../protocol/errors';

/**
 * Turns any failure inside the engine into a message for the user. DuckDB's own wording is kept
 * (first line only) because it names the line or column, but it is framed with what to do.
 */
export function describeFailure(error: unknown): Error {
  if (isInputError(error)) return error;
  const detail = firstLine(error instanceof Error ? error.message : String(error));
  if (/out of memory|could not allocate|memory access out of bounds/i.test(detail)) {
    return new InputError(
      `The browser ran out of memory while analysing this file (${detail}). Close other tabs and try again, or split the file into smaller parts.`,
    );
  }
  if (/invalid unicode|utf-?8/i.test(detail)) {
    return new InputError(
      `The file is not valid UTF-8 text (${detail}). Save it as "CSV UTF-8" from your spreadsheet and drop it again.`,
    );
  }
  if (/csv|sniff|column|quote|delimiter/i.test(detail)) {
    return new InputError(`The file could not be read as CSV: ${detail}. Check that it is a comma-separated export with one header row.`);
  }
  return new InputError(
    `Something unexpected went wrong while analysing the file: ${detail}. Your data has not left this computer; try again, and if it happens again, report this message.`,
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim().replace(/[.\s]+$/, '');
}
