import type { LoadPlan } from '../../../../model/load/load-plan';
import { lineDetailsTextsSql, type LinesSource } from './line-texts';

/**
 * What the results do not need, read from the files in a second pass when first needed: each line's
 * product and country as written (the campaigns, the segment comparison and a kept analysis; read
 * them with line-texts.ts storedTextSql; a country filled in from its order is in order_lines
 * instead: line-texts.ts READ_APART), one row per row of order_lines, under the same key
 * (source_file, source_row) and with the same line_hash. Read with the lines, the two cost about a
 * tenth of the read (the longest texts of a line, written to columns most analyses never read).
 *
 * Both tables hold the lines in the order read, one row for one row, so they are put side by side
 * (a positional join: no hash table, which for 6,000,000 lines took some 400 MB more at the peak),
 * and each pair is checked to be one line (same file, number and hash): a table with a pair that
 * is not is never published (UNMATCHED_LINE_DETAILS), and should one ever be read, a line would lose
 * its product rather than take another line's.
 *
 * The table is written under another name and renamed once every file is in, so line_details is
 * either whole or absent (read-orders.ts readLineDetails asks which).
 */
export const LINE_DETAILS = 'line_details';
export const NEXT_LINE_DETAILS = 'line_details_next';

export function lineDetailsSql(plan: LoadPlan, source: LinesSource, mode: 'create' | 'insert'): string {
  const target = mode === 'create' ? `CREATE OR REPLACE TABLE ${NEXT_LINE_DETAILS} AS` : `INSERT INTO ${NEXT_LINE_DETAILS} BY NAME`;
  return `
    ${target}
    SELECT ${source.fileIndex}::USMALLINT AS source_file, source_row, line_hash, nullif(product_text, '') AS product, nullif(country_text, '') AS country
    FROM (${lineDetailsTextsSql(plan, source)})`;
}

export const PUBLISH_LINE_DETAILS = `ALTER TABLE ${NEXT_LINE_DETAILS} RENAME TO ${LINE_DETAILS}`;

/** The same line: file, number and hash (the hash of every cell, so a line changed since is another line). */
const SAME_LINE = `details.source_file = lines.source_file AND details.source_row = lines.source_row AND details.line_hash = lines.line_hash`;

/**
 * Lines of the second pass that are not the first pass's line in the same place, and lines either
 * pass has that the other has not: none, unless a file changed between the passes (edited and saved
 * again, or replaced by a newer export under the same name). Such a table is not published.
 * first_file: the first file (by index) whose lines changed.
 */
export const UNMATCHED_LINE_DETAILS = `
  SELECT count(*)::INTEGER AS lines, min(coalesce(lines.source_file, details.source_file))::INTEGER AS first_file
  FROM order_lines AS lines POSITIONAL JOIN ${NEXT_LINE_DETAILS} AS details
  WHERE (${SAME_LINE}) IS NOT TRUE`;

/** Whether line_details is there (a new read drops it: FORGET_LINE_DETAILS). */
export const LINE_DETAILS_PRESENT = `
  SELECT count(*) > 0 AS present FROM duckdb_tables()
  WHERE table_name = '${LINE_DETAILS}' AND database_name = current_database() AND schema_name = current_schema()`;

export const FORGET_LINE_DETAILS = `DROP TABLE IF EXISTS ${LINE_DETAILS}`;

/** line_details with no lines (a customer table has none). */
export const EMPTY_LINE_DETAILS = `
  CREATE OR REPLACE TABLE ${LINE_DETAILS} (source_file USMALLINT, source_row BIGINT, line_hash UBIGINT, product VARCHAR, country VARCHAR)`;

/**
 * The lines of order_lines that `where` picks (a condition on `lines`), each with its product and
 * country as written (the country from whichever pass read it).
 */
export function linesWithDetails(where: string): string {
  return `(
    SELECT lines.* REPLACE (coalesce(lines.country, CASE WHEN ${SAME_LINE} THEN details.country END) AS country),
           CASE WHEN ${SAME_LINE} THEN details.product END AS product
    FROM order_lines AS lines POSITIONAL JOIN ${LINE_DETAILS} AS details
    WHERE ${where})`;
}
