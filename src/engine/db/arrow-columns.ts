import * as arrow from 'apache-arrow';
import type { TableColumns } from './connector';

/**
 * A query result as whole columns, read from Arrow's buffers: numbers into a Float64Array (NULL as
 * NaN), text into an array of strings. Making a row object per result row (plain-rows.ts) costs more
 * than the query itself when every customer comes back. As with rows, a value that is not plainly a
 * number or text is refused: Arrow hands a DECIMAL back unscaled, so SQL must cast it first.
 */
export function arrowColumns(table: arrow.Table): TableColumns {
  return Object.fromEntries(table.schema.fields.map((field, index) => [field.name, columnOf(field.name, table.getChildAt(index)!)]));
}

function columnOf(name: string, vector: arrow.Vector): Float64Array | (string | null)[] {
  if (arrow.DataType.isUtf8(vector.type)) return Array.from(vector, (value: string | null) => value ?? null);
  if (!arrow.DataType.isInt(vector.type) && !arrow.DataType.isFloat(vector.type)) {
    throw new Error(`invalid value in column ${name}: cast it to DOUBLE or VARCHAR in SQL`);
  }
  const numbers = new Float64Array(vector.length);
  let row = 0;
  for (const data of vector.data) {
    const values = data.values as ArrayLike<number | bigint>;
    for (let index = 0; index < data.length; index++, row++) {
      numbers[row] = data.nullCount > 0 && !data.getValid(index) ? Number.NaN : exactNumber(name, values[data.offset + index]);
    }
  }
  return numbers;
}

function exactNumber(column: string, value: number | bigint): number {
  if (typeof value === 'number') return value;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`invalid integer in column ${column}: ${value} is too large to be exact`);
  return number;
}
