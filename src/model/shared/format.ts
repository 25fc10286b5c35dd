/** Display formats. Data attributes and exports use fixed formats (toFixed(2), ISO dates) instead. */
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatMoney(value: number): string {
  return money.format(value);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${((100 * part) / whole).toFixed(1)}%`;
}

/** Money as the automation contract and exports write it: two decimals, a dot, no grouping. */
export function moneyAttribute(value: number): string {
  return value.toFixed(2);
}
