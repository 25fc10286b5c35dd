import type { CleaningCounts, CleaningReason, UnreadableDetail } from './cleaning';
import type { MoneyMode } from './column-roles';
import type { DecimalSeparator } from './formats/number-format';

const REASON_PHRASES: Record<CleaningReason, string> = {
  missing_customer: 'had no customer id',
  cancelled: 'were cancelled invoices',
  unpaid: 'were unpaid or failed orders',
  non_positive_quantity: 'had a zero or negative quantity',
  non_positive_price: 'had a zero or negative price',
  unreadable: 'had a value that could not be read',
  superseded: 'were older copies of orders repeated in a later file',
  future_date: 'were dated after today',
};

const FIELD_NAMES: Record<UnreadableDetail['field'], string> = {
  quantity: 'Quantity',
  unitPrice: 'The unit price',
  orderAmount: 'The order amount',
  invoiceDate: 'The order date',
  orderId: 'The order id',
  fields: 'The number of fields',
};

/** How the file writes what could not be read, so a message can show what was expected. */
export interface ValueFormats {
  decimalSeparator: DecimalSeparator;
  /** A date as this file writes it, e.g. `12/1/2010 8:26`. */
  dateExample: string;
  money: MoneyMode;
}

/** Why a file left nothing to analyse, specific enough to fix it. */
export function describeUnusableFile(
  fileName: string,
  counts: CleaningCounts,
  unreadable: readonly UnreadableDetail[],
  formats: ValueFormats,
): string {
  if (counts.rows === 0) {
    return `"${fileName}" has a header row but no order lines. Export the orders again with their lines and drop the new file.`;
  }
  const reasons = (Object.keys(REASON_PHRASES) as (keyof typeof REASON_PHRASES)[])
    .filter((reason) => (counts[reason] ?? 0) > 0)
    .map((reason) => `${(counts[reason] ?? 0).toLocaleString('en-US')} ${reasonPhrase(reason, formats.money)}`);
  const details = unreadable.map((detail) => unreadableSentence(detail, formats));
  const future = (counts.future_date ?? 0) > 0 ? ['Check the dates in the file and this computer\'s date; lines dated after today are left out.'] : [];
  return [
    `None of the ${counts.rows.toLocaleString('en-US')} lines in "${fileName}" can be analysed: ${reasons.join(', ')}.`,
    ...details,
    ...future,
  ].join(' ');
}

function reasonPhrase(reason: CleaningReason, money: MoneyMode): string {
  return reason === 'non_positive_price' && money === 'order_amount' ? 'had a zero or negative order amount' : REASON_PHRASES[reason];
}

export function unreadableSentence(detail: UnreadableDetail, formats: ValueFormats): string {
  const lines = detail.lines.toLocaleString('en-US');
  if (detail.field === 'fields') {
    return `${lines} lines have more or fewer fields than the header (first at ${detail.example}); check for unquoted delimiters.`;
  }
  const name = detail.column ?? FIELD_NAMES[detail.field];
  if (detail.field === 'orderId') return `${name} was empty on ${lines} lines.`;
  const example = detail.example === null || detail.example === '' ? 'an empty cell' : `"${detail.example}"`;
  const decimal = formats.decimalSeparator;
  const expected = detail.field === 'invoiceDate' ? `dates like ${formats.dateExample}` : `plain numbers like 12 or 2${decimal}55`;
  return `${name} could not be read on ${lines} lines (e.g. ${example}); expected ${expected}.`;
}
