/**
 * The lines per cleaning reason and day, counted in one pass over order_lines. The cleaning report's
 * counts, the lines dated after today and the dates far outside the rest are all read from this
 * tally (a few hundred rows per reason), so order_lines is scanned once for them rather than three
 * times. Written again whenever the lines' reasons change (future dates or duplicates marked).
 */
export const CREATE_LINE_TALLY = `
  CREATE OR REPLACE TABLE line_tally AS
  SELECT reason, invoiced_at::DATE AS day, count(*)::INTEGER AS lines
  FROM order_lines
  GROUP BY reason, day`;

/**
 * Lines per reason, and of those, the lines that would be kept but are dated after today (parameter,
 * YYYY-MM-DD) with their latest day. A line is dated after today when its timestamp is at or after
 * the next midnight, i.e. when its day is later than today: the same lines MARK_FUTURE_DATES marks.
 */
export const TALLIED_REASONS = `
  SELECT reason, sum(lines)::INTEGER AS lines,
         coalesce(sum(lines) FILTER (WHERE after_today), 0)::INTEGER AS future_lines,
         strftime(max(day) FILTER (WHERE after_today), '%Y-%m-%d') AS latest_future_day
  FROM (SELECT *, reason IN ('kept', 'duplicate', 'future_date') AND day > ?::DATE AS after_today FROM line_tally)
  GROUP BY reason
  ORDER BY reason`;

/**
 * Kept lines dated far outside the rest of the file, flagged (not left out): before 1990, or further
 * from the middle half of the kept lines' days (first to third quartile) than three times its width
 * plus a year. The margin grows with the file's span, so a long-running shop's first orders pass;
 * a mistyped year (1900, 2104, or 2019 in a file of 2024) does not.
 *
 * Worked out from the kept lines per day in the tally rather than from every line: a quartile is
 * the first day by which at least a quarter (three quarters) of the lines are counted, the value
 * DuckDB's quantile_disc(day, 0.25) (0.75) gives over the lines themselves, in integers.
 */
export const DATE_OUTLIERS = `
  WITH days AS (SELECT day, lines FROM line_tally WHERE reason = 'kept'),
    running AS (SELECT day, lines, sum(lines) OVER (ORDER BY day) AS through, sum(lines) OVER () AS total FROM days),
    quartiles AS (
      SELECT min(day) FILTER (WHERE through * 4 >= total) AS q1, min(day) FILTER (WHERE through * 4 >= total * 3) AS q3 FROM running
    ),
    bounds AS (SELECT q1 - (3 * (q3 - q1) + 365)::INTEGER AS low, q3 + (3 * (q3 - q1) + 365)::INTEGER AS high FROM quartiles)
  SELECT coalesce(sum(lines), 0)::INTEGER AS lines,
         array_to_string(list_sort(list(strftime(day, '%Y-%m-%d')))[1:3], ' ') AS examples
  FROM days, bounds
  WHERE day < DATE '1990-01-01' OR day < low OR day > high`;
