/** Display formats. Data attributes and exports use fixed formats (toFixed(2), ISO dates) instead. */
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatMoney(value: number): string {
  return money.format(value);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

/** A count with its noun, singular for one: "1 customer", "2,041 customers". */
export function formatCountOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

/** A file's size as people read it: "512 bytes", "20 KB", "3.4 MB", "1.2 GB" (powers of 1,000). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000) return formatCountOf(bytes, 'byte');
  const [unit, size] = bytes < 1e6 ? ['KB', bytes / 1e3] : bytes < 1e9 ? ['MB', bytes / 1e6] : ['GB', bytes / 1e9];
  return `${size < 10 ? size.toFixed(1).replace(/\.0$/, '') : Math.round(size).toString()} ${unit}`;
}

export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${((100 * part) / whole).toFixed(1)}%`;
}

/** Money as the automation contract and exports write it: two decimals, a dot, no grouping. */
export function moneyAttribute(value: number): string {
  return value.toFixed(2);
}

/** The same from whole cents, without a double's rounding: "1234.50". */
export function centsAttribute(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
