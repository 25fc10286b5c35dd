/**
 * The lines an analysis left out, for the user to download: every line of order_lines not kept, and
 * every line the CSV reader set aside, with its line number in its file (the header is line 1) and
 * its reason. order_lines numbers a file's readable records 1, 2, …; each record the reader set
 * aside before a line shifts that line's number by one, which the ASOF join counts.
 */
export const REJECTED_LINES_PAGE = `
  WITH numbered AS (
    SELECT source_file, line, row_number() OVER (PARTITION BY source_file ORDER BY line) AS before FROM rejected_records
  ),
  shifts AS (SELECT source_file, line - before AS from_row, before FROM numbered),
  left_out AS (
    SELECT lines.source_file, lines.source_row + 1 + coalesce(shifts.before, 0) AS line, lines.reason,
      CASE
        WHEN lines.reason = 'superseded' THEN 'a later file has this order, and counts it'
        WHEN lines.reason = 'future_date' THEN 'dated after the day of the analysis'
        WHEN lines.reason <> 'unreadable' THEN ''
        WHEN lines.invoice = '' THEN 'order id is empty'
        WHEN lines.quantity IS NULL THEN 'quantity does not read as a number'
        WHEN lines.unit_price IS NULL THEN 'price or amount does not read as a number'
        WHEN lines.invoiced_at IS NULL THEN 'date does not read as a date'
        ELSE ''
      END AS detail,
      lines.invoice AS order_id, coalesce(lines.customer_id, '') AS customer, lines.invoice_date_text AS order_date,
      lines.quantity_text AS quantity, lines.unit_price_text AS price_or_amount, lines.status_text AS status, NULL::VARCHAR AS original_line
    FROM order_lines AS lines
    ASOF LEFT JOIN shifts ON lines.source_file = shifts.source_file AND lines.source_row >= shifts.from_row
    WHERE lines.reason <> 'kept'
    UNION ALL
    SELECT source_file, line, 'unreadable',
      CASE error WHEN 'TOO MANY COLUMNS' THEN 'more fields than the header' WHEN 'MISSING COLUMNS' THEN 'fewer fields than the header'
        WHEN 'INVALID ENCODING' THEN 'not valid text in this encoding' ELSE lower(error) END,
      NULL, NULL, NULL, NULL, NULL, NULL, text
    FROM rejected_records
  )
  SELECT source_file::INTEGER AS source_file, line::INTEGER AS line, reason, detail, order_id, customer, order_date, quantity,
         price_or_amount, status, original_line
  FROM left_out
  ORDER BY source_file, line
  LIMIT ? OFFSET ?`;
