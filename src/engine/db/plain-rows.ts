/**
 * The one place where database values become plain JavaScript values. The SQL casts every output to
 * INTEGER, DOUBLE, VARCHAR or BOOLEAN; this guard turns a stray BIGINT into a number when it is exact
 * and refuses anything else, because Arrow hands DECIMAL back as unscaled integers (9514 for 95.14)
 * and a silent slip there would be off by a factor of 100.
 */
export function plainValue(column: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw new Error(`invalid integer in column ${column}: ${value} is too large to be exact`);
      }
      return Number(value);
    default:
      throw new Error(`invalid value in column ${column}: cast it to DOUBLE or VARCHAR in SQL`);
  }
}

export function plainRow(columns: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    row[column] = plainValue(column, values[index]);
  });
  return row;
}
