/**
 * CSV writing that is safe to open in a spreadsheet. A cell that starts with = + - @ tab or carriage
 * return would be run as a formula by Excel or Sheets (CSV injection), so it is prefixed with an
 * apostrophe, unless it is a plain number such as -12.50, which must stay a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [csvLine(columns)];
  for (const row of rows) lines.push(csvLine(columns.map((column) => row[column] as string | number | null)));
  return `${lines.join('\r\n')}\r\n`;
}
