import type { ParquetRepresentation, ParquetValues } from './parquet-columns';

/**
 * A Parquet column's values (parquet-columns.ts) as the connector writes them: numbers in a
 * Float64Array (NaN for no value) or text (null for no value). Numbers are exact: microseconds and
 * integers must be safe integers (up to 2^53, about the year 2255 in microseconds), and decimals
 * become text with every digit, which SQL casts exactly.
 */
export function numbersOf(values: ParquetValues, representation: ParquetRepresentation): Float64Array {
  if (values instanceof Float64Array) return values;
  const numbers = new Float64Array(values.length);
  const scale = representation.kind === 'decimal' ? representation.scale : 0;
  // A fraction need not be exact (it becomes a DOUBLE); an integer must.
  const toNumber = scale > 0 ? (value: bigint) => Number(value) / 10 ** scale : safeNumber;
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (value === null || value === undefined) numbers[row] = Number.NaN;
    else if (typeof value === 'number') numbers[row] = scale > 0 ? value / 10 ** scale : value;
    else if (typeof value === 'bigint') numbers[row] = toNumber(value);
    else if (value instanceof Uint8Array) numbers[row] = toNumber(bytesToBigInt(value));
    else throw new Error(`invalid parquet number: ${String(value)}`);
  }
  return numbers;
}

export function textsOf(values: ParquetValues, representation: ParquetRepresentation): (string | null)[] {
  const decoder = new TextDecoder();
  const texts = new Array<string | null>(values.length);
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (value === null || value === undefined) texts[row] = null;
    else if (representation.kind === 'decimal') texts[row] = decimalText(unscaledOf(value), representation.scale);
    else if (value instanceof Uint8Array) texts[row] = decoder.decode(value);
    else texts[row] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return texts;
}

/** An unscaled decimal as text: 12345 at scale 2 is `123.45`, -5 at scale 2 is `-0.05`. */
export function decimalText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A big-endian two's complement integer, as Parquet stores a decimal in bytes. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return bytes.length > 0 && bytes[0] >= 0x80 ? value - (1n << BigInt(bytes.length * 8)) : value;
}

function unscaledOf(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (value instanceof Uint8Array) return bytesToBigInt(value);
  throw new Error(`invalid parquet decimal: ${String(value)}`);
}

function safeNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`${value} is too large to read exactly`);
  return number;
}
