/**
 * Stage 1's summaries: the cleaning report's counts, why lines were unreadable, and duplicates.
 * order_lines itself is written by lines/mapped-lines.ts, one cleaning reason per line.
 */

/** Lines per reason, as the pipeline script counts them; a load reads them from its tally (line-tally.ts). */
export const COUNT_REASONS = `
  SELECT reason, count(*)::INTEGER AS lines FROM order_lines GROUP BY reason`;

/**
 * Why lines were unreadable, per field, with one example each: the basis of a specific message.
 * Parameter: whether money comes from an order amount (its text is in unit_price_text then).
 */
export const UNREADABLE_EXAMPLES = `
  SELECT field, count(*)::INTEGER AS lines, any_value(example) AS example FROM (
    SELECT 'orderId' AS field, invoice AS example FROM order_lines
      WHERE reason = 'unreadable' AND invoice = ''
    UNION ALL
    SELECT 'quantity', quantity_text FROM order_lines
      WHERE reason = 'unreadable' AND quantity IS NULL
    UNION ALL
    SELECT CASE WHEN ?::BOOLEAN THEN 'orderAmount' ELSE 'unitPrice' END, unit_price_text FROM order_lines
      WHERE reason = 'unreadable' AND unit_price IS NULL
    UNION ALL
    SELECT 'invoiceDate', invoice_date_text FROM order_lines
      WHERE reason = 'unreadable' AND invoiced_at IS NULL
  ) GROUP BY field ORDER BY lines DESC, field`;

/** Lines the CSV reader set aside (wrong number of fields), with the first one's line number. */
export const REJECTED_LINES = `
  SELECT count(*)::INTEGER AS lines, min(line)::INTEGER AS first_line,
         (SELECT source_file FROM rejected_records ORDER BY source_file, line LIMIT 1)::INTEGER AS first_file
  FROM rejected_records`;

/** Lines of one slice of the hashes (parameters: how many slices, which one): load/duplicate-lines.ts. */
const IN_SLICE = 'line_hash % ?::UBIGINT = ?::UBIGINT';

/**
 * Lines identical in every column to an earlier line (by a 64-bit hash of every column). An older copy
 * of an order repeated in a later file is left out already (`superseded`), so it is no one's twin.
 */
export const DUPLICATE_LINES = duplicateLinesWhere('true');
export const DUPLICATE_LINES_IN_SLICE = duplicateLinesWhere(IN_SLICE);

function duplicateLinesWhere(slice: string): string {
  return `
  SELECT (count(*) - count(DISTINCT line_hash))::INTEGER AS lines FROM order_lines WHERE reason <> 'superseded' AND ${slice}`;
}

/** Of those, lines whose earlier twin is in an earlier file (only asked when there are several files). */
export const DUPLICATES_ACROSS_FILES = duplicatesAcrossFilesWhere('true');
export const DUPLICATES_ACROSS_FILES_IN_SLICE = duplicatesAcrossFilesWhere(IN_SLICE);

function duplicatesAcrossFilesWhere(slice: string): string {
  return `
  WITH lines AS (SELECT line_hash, source_file FROM order_lines WHERE reason <> 'superseded' AND ${slice}),
    firsts AS (SELECT line_hash, min(source_file) AS first_file FROM lines GROUP BY line_hash)
  SELECT count(*)::INTEGER AS lines FROM lines JOIN firsts USING (line_hash) WHERE lines.source_file > firsts.first_file`;
}

/**
 * Leaves out (or takes back) the lines that would be kept but repeat an earlier line exactly; the
 * table keeps its file order. Parameter: true to leave them out.
 */
export const MARK_DUPLICATES = `
  CREATE OR REPLACE TABLE order_lines AS
  SELECT * REPLACE (
    CASE
      WHEN reason IN ('kept', 'duplicate') AND ?::BOOLEAN
        AND row_number() OVER (PARTITION BY line_hash ORDER BY source_file, source_row) > 1 THEN 'duplicate'
      WHEN reason = 'duplicate' THEN 'kept'
      ELSE reason
    END AS reason)
  FROM order_lines
  ORDER BY source_file, source_row`;

/** Distinct currencies among the kept lines, when a currency column is mapped. */
export const KEPT_CURRENCIES = `
  SELECT DISTINCT currency FROM order_lines WHERE reason = 'kept' AND currency <> '' ORDER BY currency LIMIT 20`;

/**
 * Lines dated after the day the analysis runs (parameter 2, the user's today, YYYY-MM-DD): left out
 * as `future_date`, or kept when the user includes them (parameter 1). Only lines that would
 * otherwise be kept are touched, so the other reasons come first; duplicates are marked after this.
 * The date as read is kept for the download of the lines left out.
 */
export const MARK_FUTURE_DATES = `
  UPDATE order_lines
  SET reason = CASE WHEN ?::BOOLEAN THEN 'kept' ELSE 'future_date' END,
      invoice_date_text = coalesce(invoice_date_text, strftime(invoiced_at, '%Y-%m-%d %H:%M:%S'))
  WHERE reason IN ('kept', 'duplicate', 'future_date') AND invoiced_at >= ?::DATE + INTERVAL 1 DAY`;
