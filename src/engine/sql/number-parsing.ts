import type { DecimalSeparator } from '../../model/number-format';

/**
 * Reads a number written as text, the way model/number-format.ts describes: currency codes and
 * symbols around it and grouping spaces or apostrophes are dropped, then the thousands separator, and
 * the decimal separator becomes a point. Plain numbers (`12.50`) take a fast path straight to
 * DECIMAL; anything else that does not read is NULL, which the cleaning step counts as unreadable.
 */
const CLEAN_PATTERN =
  "'^(?:[A-Z]{3}|[$€£¥₹₽₩₺₪₫฿]|R\\$|kr\\.?|zł|Fr\\.?)\\s*|\\s*(?:[A-Z]{3}|[$€£¥₹₽₩₺₪₫฿]|kr\\.?|zł)$|[\\s\\x{00A0}\\x{202F}''’]'";

export function numberSql(text: string, decimal: DecimalSeparator, scale: 4 | 6): string {
  const type = `DECIMAL(18, ${scale})`;
  const core = `regexp_replace(${text}, ${CLEAN_PATTERN}, '', 'g')`;
  if (decimal === '.') return `coalesce(TRY_CAST(${text} AS ${type}), TRY_CAST(replace(${core}, ',', '') AS ${type}))`;
  return `TRY_CAST(replace(replace(${core}, '.', ''), ',', '.') AS ${type})`;
}
