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

/** A column name as the page's field name: `recency_days` → `recencyDays`, `clv_12m` → `clv12m`. */
export function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}

/**
 * Rows as the page's domain objects: snake_case is the database's convention and stops here. The
 * caller names the shape; the SQL tests check that the query's columns give exactly those fields.
 */
export function camelRows<T>(rows: readonly Record<string, unknown>[]): T[] {
  if (rows.length === 0) return [];
  const names = Object.keys(rows[0]).map((column) => [column, camelCase(column)] as const);
  return rows.map((row) => {
    const shaped: Record<string, unknown> = {};
    for (const [column, name] of names) shaped[name] = row[column];
    return shaped as T;
  });
}
