import { InputError, isInputError, type EngineStage, type FailureDetail } from '../protocol/errors';
import { isQueryError } from './db/query-error';

const DOING: Record<EngineStage, string> = {
  start: 'starting the analysis engine',
  read: 'reading the file',
  segment: 'updating the segments',
  explore: 'preparing the charts and customer lists',
  export: 'writing the export',
  predict: 'fitting the prediction models',
  keep: 'using the analysis kept on this device',
  campaign: 'preparing the campaign',
};

/**
 * DuckDB's own out-of-memory error, a WebAssembly trap after a failed allocation, and JavaScript's
 * failures to allocate (a converted workbook too large for one buffer or string).
 */
const OUT_OF_MEMORY = /out of memory|could not allocate|memory access out of bounds|array buffer allocation failed|invalid (typed )?array length|invalid string length|cannot enlarge memory/i;

/**
 * Turns any failure inside the engine into words for the user, chosen by the stage that was running
 * (and, for a file, by what went wrong with it), never by the engine's wording: that and the failed
 * SQL travel along as the details, for a bug report.
 */
export function describeFailure(error: unknown, stage: EngineStage, fileName?: string): InputError {
  if (isInputError(error)) return error;
  const detail: FailureDetail = { stage, engineMessage: engineMessage(error), ...(isQueryError(error) ? { sql: error.sql } : {}) };
  const file = fileName ? `"${fileName}"` : 'The file';
  if (OUT_OF_MEMORY.test(detail.engineMessage)) {
    const what = stage === 'read' && fileName ? `reading ${file}` : DOING[stage];
    return new InputError(
      `The browser ran out of memory while ${what}. The analysis engine has been restarted, so other files and the sample load as before; for this one, close other tabs and try again, or split it into smaller files (fewer months each).`,
      { ...detail, outOfMemory: true },
    );
  }
  if (stage === 'read') return new InputError(`${file} ${unreadableFile(detail.engineMessage)}`, detail);
  return new InputError(
    `Something went wrong while ${DOING[stage]}. Your data has not left this computer. Try again; if it happens again, the details below help a bug report.`,
    detail,
  );
}

/**
 * The second pass over the analysed files (products and countries, read when first needed) failed.
 * The lines were read once already, so the likely cause is the file itself: moved, renamed or deleted
 * since, which a browser reading it from the disk then cannot follow. Memory is said as such.
 */
export function describeSecondPassFailure(error: unknown, stage: EngineStage, fileNames: string | undefined): InputError {
  const described = describeFailure(error, stage);
  if (described.detail?.outOfMemory || isInputError(error)) return described;
  const files = fileNames ? `"${fileNames}"` : 'the analysed file';
  return new InputError(
    `The products and countries are read from ${files} again when first needed, and it could not be read now: was it moved, renamed or deleted since the analysis? Choose the file again (the analysis is made again from it) to see them here.`,
    described.detail,
  );
}

/** What is wrong with a file the reader gave up on, and what to do, in the user's words. */
function unreadableFile(message: string): string {
  if (/invalid unicode|utf-?8|byte sequence/i.test(message)) {
    return 'is not text in an encoding this app reads (UTF-8 or Windows-1252). Save it from your spreadsheet as "CSV UTF-8" and drop it again.';
  }
  if (/parquet/i.test(message)) {
    return 'is not a readable Parquet file (it may be cut short or damaged). Export it again, or export the orders as CSV.';
  }
  const line = /line:?\s*(\d+)/i.exec(message)?.[1];
  const fields = /expected number of columns:?\s*(\d+)\s*found:?\s*(\d+)/i.exec(message);
  const where = fields && line ? `: line ${line} has ${fields[2]} values where the header has ${fields[1]}` : line ? ` (the trouble starts near line ${line})` : '';
  return `could not be read as a table of orders${where}. Check that it is a CSV export with one header row and the same columns on every line, or export the orders again.`;
}

/** The engine's own first line: enough to recognise the failure, without a stack trace. */
function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}
