import type { DuplicateCount } from '../../protocol/load';
import type { Connector } from '../db/connector';
import { DUPLICATE_LINES, DUPLICATE_LINES_IN_SLICE, DUPLICATES_ACROSS_FILES, DUPLICATES_ACROSS_FILES_IN_SLICE } from './sql/clean';

/**
 * Duplicate lines of a large file are counted in slices of their hash. Counting distinct hashes
 * builds a table of every distinct line at once, about 300 MB for 6,000,000 lines, and DuckDB's
 * WebAssembly memory never shrinks: that table set the peak of the whole analysis. Equal lines have
 * equal hashes, so every group of twins falls in one slice and the slices' counts add up to the
 * count over the whole table. Below a slice's worth of lines the one statement runs as before.
 */
export const LINES_PER_SLICE = 750_000;

const ORDER_LINES = `SELECT count(*)::INTEGER AS lines FROM order_lines`;
const SEVERAL_FILES = `SELECT coalesce(max(source_file), 0) > 0 AS several FROM order_lines`;

/**
 * The duplicate lines of order_lines and, of those, the lines repeating one of another file (asked
 * only when there are duplicates and several files: none, none across files).
 */
export async function countDuplicates(db: Connector): Promise<DuplicateCount> {
  const lines = await countDuplicateLines(db);
  const [{ several }] = lines > 0 ? await db.query<{ several: boolean }>(SEVERAL_FILES) : [{ several: false }];
  return { lines, acrossFiles: several ? await countDuplicatesAcrossFiles(db) : 0 };
}

/** Lines identical to an earlier line, superseded ones aside (sql/clean.ts, DUPLICATE_LINES). */
export function countDuplicateLines(db: Connector, linesPerSlice = LINES_PER_SLICE): Promise<number> {
  return summedOverSlices(db, DUPLICATE_LINES, DUPLICATE_LINES_IN_SLICE, linesPerSlice);
}

/** Of those, the lines whose earlier twin is in an earlier file (DUPLICATES_ACROSS_FILES). */
export function countDuplicatesAcrossFiles(db: Connector, linesPerSlice = LINES_PER_SLICE): Promise<number> {
  return summedOverSlices(db, DUPLICATES_ACROSS_FILES, DUPLICATES_ACROSS_FILES_IN_SLICE, linesPerSlice);
}

async function summedOverSlices(db: Connector, whole: string, inSlice: string, linesPerSlice: number): Promise<number> {
  const [{ lines }] = await db.query<{ lines: number }>(ORDER_LINES);
  const slices = Math.ceil(lines / linesPerSlice);
  if (slices <= 1) return (await db.query<{ lines: number }>(whole))[0].lines;
  let total = 0;
  for (let slice = 0; slice < slices; slice++) total += (await db.query<{ lines: number }>(inSlice, [slices, slice]))[0].lines;
  return total;
}
