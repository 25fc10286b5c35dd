import type { CleaningCounts, UnreadableDetail } from './cleaning';
import type { OrderLayout } from './order-layouts';

const REASON_PHRASES: Record<Exclude<keyof CleaningCounts, 'rows' | 'kept'>, string> = {
  missing_customer: 'had no customer id',
  cancelled: 'were cancelled invoices',
  non_positive_quantity: 'had a zero or negative quantity',
  non_positive_price: 'had a zero or negative price',
  unreadable: 'had a value that could not be read',
};

const FIELD_NAMES: Record<UnreadableDetail['field'], string> = {
  quantity: 'Quantity',
  unitPrice: 'The unit price',
  invoiceDate: 'InvoiceDate',
  fields: 'The number of fields',
};

/** Why a file left nothing to analyse, specific enough to fix it. */
export function describeUnusableFile(
  fileName: string,
  counts: CleaningCounts,
  unreadable: readonly UnreadableDetail[],
  layout: OrderLayout,
): string {
  if (counts.rows === 0) {
    return `"${fileName}" has a header row but no order lines. Export the orders again with their lines and drop the new file.`;
  }
  const reasons = (Object.keys(REASON_PHRASES) as (keyof typeof REASON_PHRASES)[])
    .filter((reason) => counts[reason] > 0)
    .map((reason) => `${counts[reason].toLocaleString('en-US')} ${REASON_PHRASES[reason]}`);
  const details = unreadable.map((detail) => unreadableSentence(detail, layout));
  return [
    `None of the ${counts.rows.toLocaleString('en-US')} lines in "${fileName}" can be analysed: ${reasons.join(', ')}.`,
    ...details,
  ].join(' ');
}

export function unreadableSentence(detail: UnreadableDetail, layout: OrderLayout): string {
  if (detail.field === 'fields') {
    return `${detail.lines.toLocaleString('en-US')} lines have more or fewer fields than the header (first at ${detail.example}); check for unquoted commas.`;
  }
  const example = detail.example === null || detail.example === '' ? 'an empty cell' : `"${detail.example}"`;
  const expected =
    detail.field === 'invoiceDate' ? `dates like ${layout.dateExample}` : 'plain numbers like 12 or 2.55';
  return `${FIELD_NAMES[detail.field]} could not be read on ${detail.lines.toLocaleString('en-US')} lines (e.g. ${example}); expected ${expected}.`;
}
