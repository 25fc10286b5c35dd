import { CLEANING_LABELS, DUPLICATE_LABEL } from '../../model/load/cleaning';
import { toCsv } from '../../model/shared/csv-format';
import type { Connector } from '../db/connector';
import { REJECTED_LINES_PAGE } from './sql/rejected-lines';

/**
 * The lines an analysis left out, as CSV: file (when there are several), line, reason and the values
 * that were read. Needs only the tables and the files' names, so a reopened analysis has it too.
 */
export async function rejectedLinesCsv(db: Connector, fileNames: readonly string[]): Promise<Blob> {
  const several = fileNames.length > 1;
  const columns = [...(several ? ['file'] : []), 'line', 'reason', 'reason_text', 'detail', 'order_id', 'customer', 'order_date', 'quantity', 'price_or_amount', 'status', 'original_line'];
  const parts: string[] = [];
  const page = 50_000;
  for (let offset = 0; ; offset += page) {
    const rows = await db.query(REJECTED_LINES_PAGE, [page, offset]);
    const named = rows.map((row) => ({ ...row, file: fileNames[row.source_file as number], reason_text: reasonText(String(row.reason)) }));
    const text = toCsv(columns, named);
    parts.push(offset === 0 ? text : text.slice(text.indexOf('\r\n') + 2));
    if (rows.length < page) break;
  }
  return new Blob(parts, { type: 'text/csv' });
}

function reasonText(reason: string): string {
  if (reason === 'duplicate') return DUPLICATE_LABEL;
  return (CLEANING_LABELS as Record<string, string>)[reason] ?? reason;
}
